import { describe, expect, it } from "vitest";
import { detectSource } from "../../src/data/import/source-formats.ts";

/*
 * A UCDP file's layout comes from its columns; the release its name gives (ged191, v23_1,
 * v26_0_7) is kept only where it fits those columns, so a renamed or mislabelled file is named
 * by what it holds.
 */

const GED_19 =
  "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high".split(
    ",",
  );
/** The 49-column schema of GED 20.1 on and of every candidate release. */
const GED_20 =
  "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob".split(
    ",",
  );

describe("UCDP release", () => {
  it("is the 49-column schema from the columns alone, whatever the file is called", () => {
    expect(GED_20).toHaveLength(49);
    expect(detectSource(GED_20, "events.csv")).toEqual({ source: "ucdp", layout: "ged-20", release: null });
    expect(detectSource(GED_19, "events.csv")).toEqual({ source: "ucdp", layout: "ged-19", release: null });
  });

  it("takes the release a name gives when it fits the columns", () => {
    expect(detectSource(GED_20, "GEDEvent_v23_1.csv")?.release).toBe("23.1");
    expect(detectSource(GED_20, "GEDEvent_v26_0_7.csv")?.release).toBe("26.0.7");
    expect(detectSource(GED_19, "ged191.csv")?.release).toBe("19.1");
  });

  it("drops a release the columns contradict: the name is a hint only", () => {
    expect(detectSource(GED_20, "ged191.csv")).toEqual({ source: "ucdp", layout: "ged-20", release: null });
    expect(detectSource(GED_19, "GEDEvent_v23_1.csv")).toEqual({ source: "ucdp", layout: "ged-19", release: null });
    expect(detectSource(GED_19, "GEDEvent_v26_0_7.csv")?.release).toBeNull();
  });
});
