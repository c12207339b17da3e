import { describe, expect, it } from "vitest";
import { EXTRA_GOVERNORATE_ALIASES, governorateFromName } from "../../src/data/import/governorate-names.ts";
import { GOVERNORATES } from "../../src/domain/governorates.ts";

describe("governorate names in peer files", () => {
  it.each([
    // UCDP GED adm_1, as in the 2016-2019 Syria extract
    ["Aleppo Governorate", "SY-HL"],
    ["Rif Dimashq Governorate", "SY-RD"],
    ["Deir ez Zor Governorate", "SY-DY"],
    ["Idlib Governorate", "SY-ID"],
    ["Ar Raqqah Governorate", "SY-RA"],
    ["Hamah Governorate", "SY-HM"],
    ["Homs Governorate", "SY-HI"],
    ["Daraa Governorate", "SY-DR"],
    ["Damascus Governorate", "SY-DI"],
    ["Al Hasakah Governorate", "SY-HA"],
    ["Latakia Governorate", "SY-LA"],
    ["Quneitra Governorate", "SY-QU"],
    ["As Suwayda Governorate", "SY-SU"],
    ["Tartus Governorate", "SY-TA"],
    // ACLED admin1
    ["Aleppo", "SY-HL"],
    ["Ar-Raqqa", "SY-RA"],
    ["As-Sweida", "SY-SU"],
    ["Dar'a", "SY-DR"],
    ["Deir-ez-Zor", "SY-DY"],
    ["Hama", "SY-HM"],
    ["Idleb", "SY-ID"],
    ["Lattakia", "SY-LA"],
    ["Rural Damascus", "SY-RD"],
    ["Tartous", "SY-TA"],
    ["Al-Hasakeh", "SY-HA"],
    // codes, Arabic, articles and case
    ["SY-HL", "SY-HL"],
    ["dy", "SY-DY"],
    ["محافظة حلب", "SY-HL"],
    ["الرقة", "SY-RA"],
    ["AL RAQQA", "SY-RA"],
    ["Dar‘ā", "SY-DR"],
  ])("%s → %s", (name, code) => {
    expect(governorateFromName(name)).toBe(code);
  });

  it("knows every name and alias it was given", () => {
    for (const g of GOVERNORATES) {
      for (const name of [g.name, g.nameAr, ...g.aliases, ...EXTRA_GOVERNORATE_ALIASES[g.code]])
        expect(governorateFromName(name), name).toBe(g.code);
    }
  });

  it.each(["Atlantis", "", "   ", "Governorate", "constructor", "__proto__", "Beirut", "SY-XX"])(
    "does not guess %j",
    (name) => {
      expect(governorateFromName(name)).toBeNull();
    },
  );
});
