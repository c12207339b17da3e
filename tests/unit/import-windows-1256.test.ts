// @vitest-environment node
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/data/import/text-encoding.ts";
import { runLoadJob } from "../../src/data/load/run-load-job.ts";
import { readGeography } from "../support/disk.ts";

/*
 * Excel on Arabic Windows saves "CSV" in Windows-1256, the Arabic code page: its bytes are not
 * UTF-8, and read as Windows-1252 they become mojibake (حلب as ÍáÈ). The files here are made by
 * the test, encoded byte by byte with the code page's own table.
 */

/** Encodes text in a single-byte Windows code page, from the runtime's own decoder table. */
function encodeIn(label: "windows-1256" | "windows-1252", text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  // Node's Windows-1252 decoder gives Latin-1's control codes for 0x80–0x9F, where ’ is 0x92.
  if (label === "windows-1252") byteOf.set("’", 0x92);
  return Uint8Array.from([...text], (c) => {
    const byte = byteOf.get(c);
    if (byte === undefined) throw new Error(`${c} is not in ${label}`);
    return byte;
  });
}

const HEADER =
  "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
const ROWS = [
  "SYR1,09 May 2020,2020,1,Battles,Armed clash,قوات سوريا الديمقراطية,,هيئة تحرير الشام,Syria,حلب,منبج,منبج,36.5281,37.9549,1,المرصد السوري,اشتباك قرب السوق؛ قُتل اثنان.,2",
  "SYR2,10 May 2020,2020,1,Strategic developments,Arrests,الشرطة,,مدنيون,Syria,دير الزور,الميادين,الميادين,35.0172,40.4525,1,سانا,اعتقال ثلاثة رجال.,0",
  "SYR3,11 May 2020,2020,1,Explosions/Remote violence,Air/drone strike,Military Forces of Russia,,,Syria,إدلب,أريحا,أريحا,35.8137,36.6086,1,SOHR,Strike on the café’s road.,0",
];
const CSV = `${HEADER}\r\n${ROWS.join("\r\n")}\r\n`;

describe("Windows-1256 (Arabic) text", () => {
  it("is told from Windows-1252 and decoded without mojibake", () => {
    const bytes = encodeIn("windows-1256", CSV);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe("windows-1256");
    expect(text).toBe(CSV);
    expect(text).not.toMatch(/[ÍáÈÏÑÚ]/);
  });

  it("leaves Western text with accented letters as Windows-1252", () => {
    const western =
      "country,location,notes\r\nSenegal,Sédhiou,Réunion à l’école\r\nCôte d’Ivoire,Bouaké,Café près de la gare\r\nMali,Ségou,Évacués\r\n";
    const { text, encoding } = decodeText(encodeIn("windows-1252", western));
    expect(encoding).toBe("windows-1252");
    expect(text).toBe(western);
  });

  it("loads an ACLED file saved by Excel on Arabic Windows: Arabic names whole, the encoding named", async () => {
    const file = new File([encodeIn("windows-1256", CSV)], "acled-arabic-excel.csv");
    const result = await runLoadJob({ kind: "file", file }, readGeography().governorates, () => {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.header.description?.encoding).toBe("windows-1256");
    expect(result.built.searchTexts).toHaveLength(3);
    const texts = result.built.searchTexts.join(" ");
    expect(texts).toContain("منبج");
    expect(texts).toContain("هيئة تحرير الشام");
    expect(texts).not.toMatch(/[ÍáÈÏÑÚ\uFFFD]/);
    // Arabic governorate names are read as governorates: no note says one is unknown.
    expect(result.header.problems.filter((p) => p.reason?.code === "row.unknown-governorate")).toEqual([]);
  });
});
