/**
 * Who acted, in the few groups a reader filters by without knowing unit names (format v1
 * `forceGroups`; an event names every group that took part, so a joint raid counts in each):
 * - "syrian-government": the Syrian state's forces (interior ministry, General Security, army,
 *   intelligence; the Assad government's before 8 December 2024, the transitional one's after);
 * - "sdf-asayish": the Kurdish-led Syrian Democratic Forces and the Internal Security Forces
 *   (Asayish) of the north-east's Autonomous Administration;
 * - "foreign": another state's forces acting on Syrian soil (US-led coalition, Israel, Jordan,
 *   Iraq, Turkey); the event's actors name the state;
 * - "other": any other armed group or local force.
 */
export const FORCE_GROUPS = ["syrian-government", "sdf-asayish", "foreign", "other"] as const;
export type ForceGroup = (typeof FORCE_GROUPS)[number];

/** The groups as a reader sees them, in English and Arabic. */
export const FORCE_GROUP_NAMES: Readonly<Record<ForceGroup, { en: string; ar: string }>> = {
  "syrian-government": { en: "Syrian government forces", ar: "القوات الحكومية السورية" },
  "sdf-asayish": { en: "SDF / Asayish", ar: "قسد / الأسايش" },
  foreign: { en: "Foreign forces", ar: "قوات أجنبية" },
  other: { en: "Other armed groups", ar: "جماعات مسلحة أخرى" },
};

/** Bit of a group in the index's force column (one bit per group, so a joint operation sets several). */
export const forceBit = (group: ForceGroup): number => 1 << FORCE_GROUPS.indexOf(group);

/** The bits of a list of groups; 0 when none is stated. */
export function forceMask(groups: readonly ForceGroup[] | undefined): number {
  let mask = 0;
  if (groups) for (const group of groups) mask |= forceBit(group);
  return mask;
}
