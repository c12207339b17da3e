/**
 * The 62 reported security operations of the shipped dataset, curated from
 * /work/shared/research/events.jsonl. Titles and summaries are our own words; claims are
 * attributed. Places are referenced by slug (./places.ts); the build script resolves them,
 * fills the governorate and checks it against `reportedGovernorate`.
 */
import type { DatePrecision, EventConfidence, EventOutcome, EventSource, EventType } from "../../domain/event.ts";
import type { GovernorateCode } from "../../domain/governorates.ts";
import type { PlaceSlug } from "./places.ts";

/** Operating forces, spelled one way across the dataset. */
export const ACTORS = [
  "US CENTCOM",
  "US-led coalition",
  "SDF",
  "YPJ",
  "Internal Security Forces (Asayish)",
  "Syrian Ministry of Interior",
  "General Security Service",
  "Syrian General Intelligence Service",
  "Syrian security forces",
  "Syrian military forces",
  "Iraqi Counter-Terrorism Service",
  "Jordanian Armed Forces",
  "Turkish intelligence (MIT)",
] as const;
export type Actor = (typeof ACTORS)[number];

/** Targeted groups or people, spelled one way across the dataset. */
export const TARGETS = [
  "ISIS",
  "Hurras al-Din",
  "al-Qaeda-linked militants",
  "Hezbollah-linked smugglers",
  "Hezbollah-linked cell",
  "Iran-linked smugglers",
  "Weapons smugglers",
  "Drug traffickers",
  "Former-regime officials",
  "Former-regime loyalist cell",
  "Saraya al-Jawad",
] as const;
export type Target = (typeof TARGETS)[number];

export interface CuratedEvent {
  id: string;
  date: string | null;
  datePrecision?: DatePrecision;
  endDate?: string;
  title: string;
  summary: string;
  type: EventType;
  actors: Actor[];
  targets: Target[];
  /** Slug in PLACES, or null when no report places the event more precisely than Syria. */
  place: PlaceSlug | null;
  /** Governorate(s) the report names, when it names one; the located point must fall in (one of) them. */
  reportedGovernorate?: GovernorateCode | GovernorateCode[];
  outcome: EventOutcome;
  sources: EventSource[];
  confidence: EventConfidence;
  tags?: string[];
}

export const CURATED_EVENTS: CuratedEvent[] = [
  {
    id: "2024-09-01-centcom-sdf-isis-facilitator-capture",
    date: "2024-09-01",
    title: "US and SDF forces capture an ISIS facilitator in Syria",
    summary:
      "According to US Central Command, a joint raid with the SDF captured Khaled Ahmed al-Dandal, an ISIS facilitator. CENTCOM said he had been helping detained ISIS members, including recent escapees. The location was not disclosed.",
    type: "raid",
    actors: ["US CENTCOM", "SDF"],
    targets: ["ISIS"],
    place: null,
    outcome: { arrested: 1, notes: "Captured: Khaled Ahmed al-Dandal." },
    sources: [
      {
        name: "LBCI",
        url: "https://www.lbcgroup.tv/news/world-news/793637/us-centcom-says-isis-facilitator-captured-in-joint-operation-with-syri/en",
        published: "2024-09-02",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Single outlet relaying a CENTCOM statement; no place given. CENTCOM dates the raid to the early hours of 1 Sep 2024, LBCI's report is dated 2 Sep.",
    },
    tags: ["capture", "pre-transition"],
  },
  {
    id: "2024-12-08-us-strikes-badiya-isis-camps",
    date: "2024-12-08",
    title: "US aircraft strike dozens of ISIS targets in the central Syrian desert",
    summary:
      "On the day the Assad government fell, US bombers and attack aircraft struck ISIS leaders, operatives and camps at about five locations in the Badiya desert, according to the Pentagon. US officials cited more than 75 targets hit with roughly 140 munitions.",
    type: "strike",
    actors: ["US CENTCOM"],
    targets: ["ISIS"],
    place: "central-badiya",
    outcome: {
      killed: null,
      notes:
        "Casualties not reported (battle damage assessment pending at the time); CENTCOM said it saw no sign of civilian casualties. Over 75 targets, about 140 munitions.",
    },
    sources: [
      {
        name: "Task & Purpose",
        url: "https://taskandpurpose.com/news/air-force-syria-isis-strikes/",
        published: "2024-12-08",
      },
    ],
    confidence: {
      level: "high",
      reason:
        "Official US statements, also reported by TRT World and Israel National News. The sites are described only as about five locations in central Syria.",
    },
    tags: ["air-strike", "multiple-sites", "pre-transition"],
  },
  {
    id: "2025-01-11-sayyida-zaynab-shrine-plot",
    date: "2025-01-11",
    title: "Syrian intelligence says it foiled an ISIS bombing plot at the Sayyida Zaynab shrine",
    summary:
      "Syria's new authorities said their intelligence service, working with public security forces in Rif Dimashq, arrested four members of an ISIS cell planning to bomb the Shiite shrine of Sayyida Zaynab. According to the announcement, the detainees included Lebanese nationals and a Palestinian refugee from Lebanon, and explosives and weapons were seized. The authorities presented it as the first such plot they had stopped since Assad's fall.",
    type: "foiled-plot",
    actors: ["Syrian General Intelligence Service", "General Security Service"],
    targets: ["ISIS"],
    place: "sayyida-zaynab",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: 4,
      seized: ["3 explosive devices", "2 rifles", "hand grenades", "smartphones and communication devices", "cash"],
      notes:
        "Among the four: two Lebanese nationals and a Palestinian refugee from Lebanon. Arrests were made in the Damascus countryside.",
    },
    sources: [
      {
        name: "Ynet News (The Media Line report)",
        url: "https://www.ynetnews.com/article/hj0galbdyl",
      },
    ],
    confidence: {
      level: "high",
      reason:
        "Official announcement carried by The Media Line and AP (also The Frontier Post); the plot itself is the authorities' account.",
    },
    tags: ["arrest", "seizure", "shrine"],
  },
  {
    id: "2025-01-17-tartus-weapons-shipment-hezbollah",
    date: "2025-01-17",
    title: "Security forces in Tartus stop a weapons shipment said to be bound for Hezbollah",
    summary:
      "General Security in Tartus province, with local intelligence, intercepted a weapons consignment on illegal crossing routes toward Lebanon, according to the state news agency SANA. The cargo, hidden under grain sacks, reportedly included rifles, machine guns, grenade launchers, missiles and crated drones that analysts identified as Shahed-type.",
    type: "seizure",
    actors: ["General Security Service"],
    targets: ["Hezbollah-linked smugglers"],
    place: "tartus-governorate",
    reportedGovernorate: "SY-TA",
    outcome: {
      seized: ["rifles", "machine guns", "grenade launchers", "missiles", "crated drones (Shahed-type per analysts)"],
      notes: "No arrests reported.",
    },
    sources: [
      {
        name: "The Jerusalem Post",
        url: "https://www.jpost.com/breaking-news/article-838027",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Rests on a SANA statement relayed by the Jerusalem Post (also Maritime Executive); the Hezbollah destination is the authorities' claim and the drone type an analysts' identification.",
    },
    tags: ["interdiction", "weapons-smuggling", "lebanon-border"],
  },
  {
    id: "2025-01-26-serghaya-border-weapons-seizure",
    date: "2025-01-26",
    title: "Border security seizes a Hezbollah-bound weapons shipment near Serghaya",
    summary:
      "The Interior Ministry's border security directorate intercepted weapons being smuggled to Lebanon near Serghaya, on the border about 36 km from Damascus, according to SANA. The authorities said the shipment was meant for Hezbollah but did not disclose its contents or size.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Hezbollah-linked smugglers"],
    place: "serghaya",
    reportedGovernorate: "SY-RD",
    outcome: {
      seized: ["weapons (type and quantity not disclosed)"],
    },
    sources: [
      {
        name: "A News (citing SANA)",
        url: "https://www.anews.com.tr/middle-east/2025/01/26/syria-says-it-seized-weapons-being-smuggled-to-lebanese-hezbollah",
        published: "2025-01-26",
      },
      {
        name: "The Media Line",
        url: "https://themedialine.org/by-region/syria-intercepts-weapons-shipment-destined-for-hezbollah",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "State-media claim with no details of the cargo; date from the report (The Media Line says it was announced on Sunday, 26 Jan).",
    },
    tags: ["interdiction", "weapons-smuggling", "lebanon-border"],
  },
  {
    id: "2025-01-30-us-strike-hurras-al-din-northwest",
    date: "2025-01-30",
    title: "US strike in northwest Syria kills a senior Hurras al-Din operative",
    summary:
      "US Central Command said an air strike in northwest Syria killed Muhammad Salah al-Za'bir, a senior member of the al-Qaeda affiliate Hurras al-Din. Defense Mirror called it the first American strike of the year in Syria.",
    type: "strike",
    actors: ["US CENTCOM"],
    targets: ["Hurras al-Din"],
    place: "northwest-syria",
    outcome: { killed: 1, notes: "Killed: Muhammad Salah al-Za'bir." },
    sources: [
      {
        name: "Defense Mirror",
        url: "https://defensemirror.com/news/38729/U_S__Airstrike_Kills_Senior_Hurras_al_Din_Operative_in_Syria",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "CENTCOM claim through a single secondary outlet; the source gives only 'northwest Syria', so the pin is a regional representative point.",
    },
    tags: ["air-strike", "killing"],
  },
  {
    id: "2025-01-30-latakia-atef-najib-arrest",
    date: "2025-01-30",
    title: "Former Daraa security chief Atef Najib arrested in the Latakia countryside",
    summary:
      "General Security forces in Latakia, backed by military units, detained Brigadier General Atef Najib, who headed Political Security in Daraa when the 2011 uprising began. The Interior Ministry confirmed the arrest a day later; it was the most prominent arrest of a former-regime official announced up to then.",
    type: "arrest",
    actors: ["General Security Service", "Syrian military forces"],
    targets: ["Former-regime officials"],
    place: "latakia-governorate",
    reportedGovernorate: "SY-LA",
    outcome: { arrested: 1, notes: "Arrested: Brig. Gen. Atef Najib." },
    sources: [
      { name: "TASS", url: "https://tass.com/world/1907191", published: "2025-01-31" },
      { name: "Dawn (AFP)", url: "https://www.dawn.com/news/1889025" },
    ],
    confidence: {
      level: "high",
      reason:
        "Confirmed by the Interior Ministry and reported by AFP and TASS. Dawn/AFP date the arrest to Thursday 30 Jan; the ministry confirmed it on 31 Jan.",
    },
    tags: ["former-regime"],
  },
  {
    id: "2025-02-15-isis-commander-abu-al-harith-arrest",
    date: "2025-02-15",
    title: "Syrian intelligence arrests an Iraqi ISIS commander linked to the shrine plot",
    summary:
      "Syria's General Intelligence Service arrested an Iraqi ISIS commander known as Abu al-Harith al-Iraqi, according to SANA. Authorities accused him of running the cell that had planned the January attack on the Sayyida Zaynab shrine, and of a role in the murder of Maysar al-Jubouri, a figure in Hayat Tahrir al-Sham. North Press placed the arrest in Damascus.",
    type: "arrest",
    actors: ["Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "damascus",
    reportedGovernorate: "SY-DI",
    outcome: { arrested: 1, notes: "Arrested: 'Abu al-Harith al-Iraqi'." },
    sources: [
      {
        name: "The National",
        url: "https://thenationalnews.com/news/mena/2025/02/16/syria-arrests-alleged-isis-commander-over-shrine-attack-plot",
        published: "2025-02-16",
      },
      { name: "North Press Agency", url: "https://npasyria.com/en/122168" },
    ],
    confidence: {
      level: "medium",
      reason:
        "Official SANA report, also carried by Rudaw and North Press; the place (Damascus) comes from North Press only.",
    },
    tags: ["shrine"],
  },
  {
    id: "2025-02-15-us-strike-hurras-al-din-uram-al-jawz",
    date: "2025-02-15",
    title: "US drone strike near Uram al-Jawz kills a Hurras al-Din finance official",
    summary:
      "A US drone struck a vehicle near Uram al-Jawz in Idlib province, killing a senior finance and logistics official of Hurras al-Din, according to CENTCOM, which did not name him. The monitoring group SOHR said two people were in the car.",
    type: "strike",
    actors: ["US CENTCOM"],
    targets: ["Hurras al-Din"],
    place: "uram-al-jawz",
    reportedGovernorate: "SY-ID",
    outcome: {
      killed: 1,
      notes: "One killed per CENTCOM; SOHR said two people were in the car. Target not named.",
    },
    sources: [
      {
        name: "Veteran News",
        url: "https://veterannews.org/veteran-news/u-s-airstrike-in-syria-kills-senior-al-qaeda-linked-official-centcom-confirms",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "CENTCOM confirmation via a secondary outlet (Western Journal also reported it on 18 Feb); the death toll differs between CENTCOM and SOHR.",
    },
    tags: ["air-strike", "drone", "killing"],
  },
  {
    id: "2025-02-19-qutayfah-hezbollah-arms-traffickers",
    date: "2025-02-19",
    title: "Arrests in al-Qutayfah over arms sales to Hezbollah",
    summary:
      "Syrian security forces detained groups accused of selling weapons to Hezbollah in the al-Qutayfah area, according to SANA. The agency published only a photo of a seized pickup loaded with arms and ammunition and gave no figures.",
    type: "arrest",
    actors: ["Syrian security forces"],
    targets: ["Hezbollah-linked smugglers"],
    place: "al-qutayfah",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: null,
      seized: ["pickup truck loaded with arms and ammunition"],
      notes: "Number arrested not given ('groups').",
    },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/World/Syria-arrests-groups-for-alleged-smuggling-of-weapons-to-Hezbollah",
        published: "2025-02-19",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Brief state-media claim with no numbers, relayed by one outlet.",
    },
    tags: ["seizure", "weapons-smuggling"],
  },
  {
    id: "2025-02-23-us-strike-hurras-al-din-idlib",
    date: "2025-02-23",
    title: "US strike in the Idlib countryside kills a Hurras al-Din military leader",
    summary:
      "A US air strike on a car in the Idlib countryside killed Muhammed Yusuf Ziya Talay, a military leader of Hurras al-Din, according to CENTCOM, which disclosed the strike on 1 March. It was one of several US strikes on the group's commanders within about a week.",
    type: "strike",
    actors: ["US CENTCOM"],
    targets: ["Hurras al-Din"],
    place: "idlib-governorate",
    reportedGovernorate: "SY-ID",
    outcome: { killed: 1, notes: "Killed: Muhammed Yusuf Ziya Talay." },
    sources: [{ name: "Armed Forces Connect", url: "https://armedforcesconnect.org/?p=601475" }],
    confidence: {
      level: "medium",
      reason:
        "CENTCOM statement through a single secondary outlet, disclosed a week after the strike; place given only as the Idlib countryside.",
    },
    tags: ["air-strike", "killing"],
  },
  {
    id: "2025-03-06-sdf-raid-shuhayl-isis-leader",
    date: "2025-03-06",
    title: "SDF raid near al-Shuhayl captures an ISIS cell leader",
    summary:
      "The SDF, with intelligence and technical support from US Central Command, captured ISIS cell leader Salah Mohammad al-Abdullah near al-Shuhayl in eastern Deir ez-Zor, according to a CENTCOM statement. Weapons including a .50-calibre sniper rifle were reported seized.",
    type: "raid",
    actors: ["SDF", "US CENTCOM"],
    targets: ["ISIS"],
    place: "al-shuhayl",
    reportedGovernorate: "SY-DY",
    outcome: {
      arrested: 1,
      seized: [".50-cal (12.7 mm) sniper rifle", "AK-47 rifle", "hand grenades", "ammunition"],
      notes: "Captured: Salah Mohammad al-Abdullah.",
    },
    sources: [{ name: "North Press Agency", url: "https://npasyria.com/en/122926" }],
    confidence: {
      level: "high",
      reason: "CENTCOM statement reported by North Press Agency and others.",
    },
    tags: ["capture", "seizure"],
  },
  {
    id: "2025-03-27-sayyida-zaynab-hezbollah-cells",
    date: "2025-03-27",
    title: "Security campaign in Sayyida Zaynab detains members of Hezbollah-linked cells",
    summary:
      "Interior Ministry security forces in Rif Dimashq arrested several people in a campaign against cells they linked to Hezbollah in the Sayyida Zaynab area. The ministry said the cells were planning criminal operations; the arrests came amid tension on the Syrian-Lebanese border.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior", "General Security Service"],
    targets: ["Hezbollah-linked cell"],
    place: "sayyida-zaynab",
    reportedGovernorate: "SY-RD",
    outcome: { arrested: null, notes: "Several arrested; number not given." },
    sources: [{ name: "TRT World", url: "https://www.trtworld.com/article/c85a9ae70616", published: "2025-03-27" }],
    confidence: {
      level: "medium",
      reason: "Ministry claim reported by TRT World and LBCI, with no numbers or names.",
    },
    tags: ["security-campaign", "hezbollah"],
  },
  {
    id: "2025-04-04-al-hari-smuggling-raid",
    date: "2025-04-04",
    title: "General Security raids al-Hari near Albu Kamal, arresting smugglers, a monitor says",
    summary:
      "General Security units sealed off al-Hari, near Albu Kamal on the Iraqi border, and arrested several people accused of drug and weapons smuggling tied to Iran-backed groups, according to the Syrian Observatory for Human Rights. Captagon, firearms and detonators were reportedly seized, and extra border posts were set up afterwards.",
    type: "raid",
    actors: ["General Security Service"],
    targets: ["Iran-linked smugglers", "Drug traffickers"],
    place: "al-hari",
    reportedGovernorate: "SY-DY",
    outcome: {
      arrested: null,
      seized: ["large quantities of Captagon", "firearms", "detonators"],
      notes: "Several arrested; number not given.",
    },
    sources: [
      {
        name: "Shafaq News (citing SOHR)",
        url: "https://www.shafaq.com/en/Iraq/Syria-raid-nets-smuggling-ring-near-Iraq-borde",
        published: "2025-04-04",
      },
    ],
    confidence: {
      level: "low",
      reason:
        "Rests on a monitoring group's (SOHR) claim relayed by Shafaq; the date is the report's, the raid's own date was not stated.",
    },
    tags: ["cordon", "arrest", "seizure", "captagon", "iraq-border"],
  },
  {
    id: "2025-05-17-aleppo-haidariya-isis-raid",
    date: "2025-05-17",
    title: "Deadly raid on an ISIS cell in al-Haidariya, eastern Aleppo city",
    summary:
      "Interior Ministry forces and General Intelligence raided an ISIS cell in the al-Haidariya neighbourhood of eastern Aleppo, the first government anti-ISIS raid announced inside the city. According to ministry spokesman Nour al-Din al-Baba, the clash ended with the cell broken up; one cell member and one security officer were killed. Accounts of the arrests and deaths differ between outlets.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "General Security Service", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "aleppo-haidariya",
    reportedGovernorate: "SY-HL",
    outcome: {
      arrested: 1,
      killed: 2,
      seized: ["weapons", "explosive devices", "uniforms bearing official insignia"],
      notes:
        "Killed: one ISIS member and one security officer. The Media Line/JPost report one arrest; Reuters-based reports mention others; an Al Jazeera account (repost) gave 3 killed and 4 arrested.",
    },
    sources: [
      {
        name: "The Media Line via The Jerusalem Post (mirror)",
        url: "https://jpost.1eye.us/middle-east/article-854419",
      },
      { name: "Devdiscourse", url: "https://devdiscourse.com/article/law-order/3415820", published: "2025-05-17" },
      { name: "Al Jazeera (repost on lemmy.k2pk.com)", url: "https://lemmy.k2pk.com/post/69870" },
    ],
    confidence: {
      level: "medium",
      reason:
        "The raid is widely reported, but arrest and death tolls conflict between outlets and the main source is a mirror of the JPost page.",
    },
    tags: ["clash", "cell-dismantled"],
  },
  {
    id: "2025-05-20-al-hari-irgc-smuggling-network",
    date: "2025-05-20",
    endDate: "2025-05-21",
    title: "General Security raids an IRGC-linked smuggling network in the al-Hari border area",
    summary:
      "Syria's General Security Service raided a smuggling network linked to Iran's Revolutionary Guards around al-Hari in the Albu Kamal district, according to the US-funded outlet Al-Fassel. It reported weapons, missiles and ammunition seized and smuggling tunnels found; a local activist named one trafficker as arrested.",
    type: "raid",
    actors: ["General Security Service"],
    targets: ["Iran-linked smugglers"],
    place: "al-hari",
    reportedGovernorate: "SY-DY",
    outcome: {
      arrested: 1,
      seized: ["weapons", "missiles", "ammunition", "smuggling tunnels found"],
      notes: "Arrested, per a local activist: Ahmed Hussein al-Ali al-Jaghifi.",
    },
    sources: [
      {
        name: "Al-Fassel",
        url: "https://alfasselnews.com/en_GB/articles/gc1/features/2025/06/12/feature-04",
        published: "2025-06-12",
      },
    ],
    confidence: {
      level: "low",
      reason:
        "Single feature by a US-funded outlet; the dates (20-21 May) come from photo captions and the arrest from a local activist.",
    },
    tags: ["arrest", "seizure", "iraq-border", "tunnels"],
  },
  {
    id: "2025-06-05-qusayr-anti-tank-missiles-seizure",
    date: "2025-06-05",
    title: "Anti-tank missiles bound for Lebanon seized in a vegetable truck near al-Qusayr",
    summary:
      "Internal Security in al-Qusayr, in the western Homs countryside, stopped a truck carrying Kornet-type anti-tank missiles and 30 mm ammunition hidden among vegetables and headed for Lebanon, according to the Interior Ministry. Shafaq reported one driver arrested; Ya Libnan wrote of drivers.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Weapons smugglers"],
    place: "al-qusayr",
    reportedGovernorate: "SY-HI",
    outcome: {
      arrested: 1,
      seized: ["Kornet-type anti-tank guided missiles", "30 mm ammunition"],
      notes: "One driver per Shafaq; Ya Libnan says drivers (plural).",
    },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syria-seizes-missile-cache-bound-for-Lebanon",
        published: "2025-06-05",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry statement reported by Shafaq and Ya Libnan; the number arrested differs.",
    },
    tags: ["interdiction", "arrest", "weapons-smuggling", "lebanon-border"],
  },
  {
    id: "2025-06-23-mar-elias-church-attack-cell-raids",
    date: "2025-06-23",
    title: "Raids in Harasta and Kafr Batna after the Mar Elias church bombing",
    summary:
      "A day after the suicide bombing of the Mar Elias church in Damascus, Interior Ministry units and General Intelligence raided sites in Harasta and Kafr Batna. According to Interior Minister Anas Khattab, six people including the cell's leader were arrested and two were killed, among them the man accused of helping the bomber. Weapons, suicide vests, mines and a booby-trapped motorcycle were reported seized.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "harasta-kafr-batna",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: 6,
      killed: 2,
      seized: ["weapons", "ammunition", "suicide vests", "mines", "booby-trapped motorcycle"],
      notes:
        "Counts from the Interior Minister's statement: the cell leader and five others arrested; the minister said one of the dead had been planning a further attack in Damascus.",
    },
    sources: [
      {
        name: "LBCI (AFP)",
        url: "https://www.lbcgroup.tv/news/middleeastnews/863251/syrias-interior-ministry-announces-arrests-over-damascus-church-attack/en",
        published: "2025-06-23",
      },
      { name: "Al-Wehda", url: "https://wehda.alwehda.gov.sy/?p=146592" },
    ],
    confidence: {
      level: "high",
      reason: "Interior Minister's statement, reported by AFP and published by the state daily al-Wehda.",
    },
    tags: ["clash", "arrest", "seizure", "church-attack"],
  },
  {
    id: "2025-07-25-us-raid-al-bab-isis-leader",
    date: "2025-07-25",
    title: "US ground raid in al-Bab kills an ISIS leader and his two sons",
    summary:
      "US forces killed senior ISIS figure Dhiya' Zawba Muslih al-Hardani and his two adult sons in a pre-dawn raid in al-Bab, according to CENTCOM. CENTCOM said six women and children who were present were unharmed.",
    type: "raid",
    actors: ["US CENTCOM"],
    targets: ["ISIS"],
    place: "al-bab",
    reportedGovernorate: "SY-HL",
    outcome: {
      killed: 3,
      notes: "Killed: Dhiya' Zawba Muslih al-Hardani and his two adult sons.",
    },
    sources: [
      {
        name: "L'Orient Today (AFP)",
        url: "https://today.lorientlejour.com/article/1470987/us-forces-kill-an-islamic-state-group-leader-in-syria-raid.html",
        published: "2025-07-25",
      },
    ],
    confidence: {
      level: "high",
      reason: "CENTCOM statement reported by AFP and confirmed again in a December 2025 CENTCOM release.",
    },
    tags: ["killing"],
  },
  {
    id: "2025-08-06-safita-church-bomb-plot",
    date: "2025-08-06",
    title: "Two men detained near Safita over an alleged plan to bomb a church",
    summary:
      "The Interior Ministry said its special tasks unit in Tartus intercepted two men it accused of heading to bomb the Mar Elias Maronite church in Khreibet, in the Safita countryside. The ministry tied them to an outlawed group of former-regime loyalists and said it was investigating a wider network.",
    type: "foiled-plot",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Former-regime loyalist cell"],
    place: "khreibet-safita",
    reportedGovernorate: "SY-TA",
    outcome: { arrested: 2, notes: "Arrested: Ramzi Hammoud and Munther Ali." },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syrian-forces-foil-church-bombing-in-Tartous",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry claim relayed by one outlet.",
    },
    tags: ["arrest", "church-attack", "former-regime"],
  },
  {
    id: "2025-08-07-harem-isis-cell-iraqi-killings",
    date: "2025-08-07",
    title: "ISIS cell accused of killing five Iraqis dismantled in the Harem area of Idlib",
    summary:
      "Internal Security in Idlib dismantled an ISIS cell in the Harem area that it blamed for the killings of five Iraqis in northern and western Idlib, according to the Interior Ministry. Members were arrested, an explosives workshop was shut and vests, IEDs, sniper rifles and mortar shells were seized.",
    type: "cell-dismantled",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "harem",
    reportedGovernorate: "SY-ID",
    outcome: {
      arrested: null,
      seized: [
        "explosive vests",
        "IEDs",
        "sniper rifles",
        "light machine guns",
        "mortar shells",
        "bomb-making materials",
      ],
      notes:
        "Cell members arrested; number not given. The killings were cited in Salqin, Azmarin and Kaftin. An explosives workshop was closed.",
    },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syria-dismantles-ISIS-cell-behind-assassinations-of-Iraqi-nationals",
        published: "2025-08-07",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry statement reported by Shafaq and Rudaw; no arrest count.",
    },
    tags: ["arrest", "seizure"],
  },
  {
    id: "2025-08-20-coalition-raid-atmeh-isis-financier",
    date: "2025-08-20",
    title: "Coalition helicopter raid in Atmeh kills a senior ISIS member",
    summary:
      "US-led coalition forces killed Salah Numan, known as Ali al-Iraqi and described as a senior ISIS member and financier, in a night-time helicopter raid on Atmeh near the Turkish border, according to AFP. Reports said Iraqi counter-terrorism intelligence helped and Syrian internal security held the perimeter; state TV said he was shot while fleeing.",
    type: "raid",
    actors: ["US-led coalition", "Iraqi Counter-Terrorism Service", "Syrian security forces"],
    targets: ["ISIS"],
    place: "atmeh",
    reportedGovernorate: "SY-ID",
    outcome: {
      killed: 1,
      arrested: null,
      notes:
        "Killed: Salah Numan ('Ali al-Iraqi'); Al-Monitor reported two killed. An Iraqi security source quoted by AFP said his wives were detained (number not given).",
    },
    sources: [
      {
        name: "The Sun (Malaysia) / AFP",
        url: "https://thesun.my/world-news/us-led-coalition-kills-senior-is-leader-in-syria-operation-BA14728119",
        published: "2025-08-20",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Widely reported, but one outlet dates the raid 19 Aug (likely US versus local time) and the death toll differs (Al-Monitor: two).",
    },
    tags: ["killing", "helicopter-raid"],
  },
  {
    id: "2025-08-30-hasakah-sdf-anti-isis-sweep",
    date: "2025-08-30",
    title: "SDF imposes a curfew and sweeps al-Hasakah for ISIS sleeper cells",
    summary:
      "The SDF, YPJ and the Asayish internal security forces launched a security sweep in and around al-Hasakah city under a city-wide curfew, targeting ISIS sleeper cells. Kurdistan24 later reported 51 arrests and a cache of weapons seized; according to SOHR, the cells were preparing an assault on a jail where ISIS suspects are held.",
    type: "raid",
    actors: ["SDF", "YPJ", "Internal Security Forces (Asayish)"],
    targets: ["ISIS"],
    place: "hasakah",
    reportedGovernorate: "SY-HA",
    outcome: {
      arrested: 51,
      seized: ["weapons and ammunition cache"],
      notes: "Arrest tally from Kurdistan24.",
    },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/SDF-launches-anti-ISIS-campaign-in-Hasakah",
        published: "2025-08-30",
      },
      { name: "Kurdistan24", url: "https://www.kurdistan24.net/index.php/en/story/860746" },
    ],
    confidence: {
      level: "medium",
      reason:
        "The launch is reported by Shafaq; the 51 arrests come from a later Kurdistan24 report whose publication date is not shown, and the prison-attack plan from SOHR.",
    },
    tags: ["sweep", "curfew", "arrest", "seizure"],
  },
  {
    id: "2025-09-11-sasa-kanaker-hezbollah-rocket-cell",
    date: "2025-09-11",
    title: "Hezbollah-linked rocket cell broken up in Sa'sa' and Kanaker",
    summary:
      "Interior Ministry security in Rif Dimashq and General Intelligence arrested the members of a cell the ministry linked to Hezbollah in Sa'sa' and Kanaker, west of Damascus. Grad rockets, launch frames, anti-tank missiles and ammunition were reported seized, and the ministry said the members had trained in camps in Lebanon.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["Hezbollah-linked cell"],
    place: "sasa-kanaker",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: null,
      seized: [
        "19 Grad rockets",
        "rocket launch frames",
        "anti-tank missiles",
        "light weapons",
        "large quantities of ammunition",
      ],
      notes: "All cell members arrested, per the ministry; number not given.",
    },
    sources: [
      {
        name: "LBCI",
        url: "https://www.lbcgroup.tv/news/lebanon-news/877714/syria-says-it-arrested-hezbollah-cell-in-damascus-countryside/en",
        published: "2025-09-11",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Ministry claim reported by LBCI and TRT World. The date is the announcement; The Media Line places the raids a few days before.",
    },
    tags: ["arrest", "seizure", "hezbollah", "rockets"],
  },
  {
    id: "2025-09-19-us-raid-hama-isis-external-operations-chief",
    date: "2025-09-19",
    title: "US raid kills an ISIS external operations leader, reportedly in Hama province",
    summary:
      "US forces, helped by Iraqi counter-terrorism intelligence, killed Omar Abdul-Qader, also known as Abdul-Rahman al-Halabi, in a pre-dawn raid, according to CENTCOM, which described him as plotting attacks on the United States. CENTCOM gave no location; SOHR placed the raid in Hama province and said he had broken out of prison when the Assad government collapsed.",
    type: "raid",
    actors: ["US CENTCOM", "Iraqi Counter-Terrorism Service"],
    targets: ["ISIS"],
    place: "hama-governorate",
    reportedGovernorate: "SY-HM",
    outcome: {
      killed: 1,
      notes: "Killed: Omar Abdul-Qader ('Abdul-Rahman al-Halabi').",
    },
    sources: [
      {
        name: "The National",
        url: "https://www.thenationalnews.com/news/mena/2025/09/20/senior-isis-militant-killed-during-us-raid-in-syria",
        published: "2025-09-20",
      },
    ],
    confidence: {
      level: "medium",
      reason: "The raid is confirmed by CENTCOM and AFP; the location rests on a monitoring group (SOHR) only.",
    },
    tags: ["killing"],
  },
  {
    id: "2025-10-01-centcom-partnered-operations-aggregate",
    date: "2025-10-01",
    endDate: "2025-11-06",
    title: "CENTCOM: more than 22 partnered operations against ISIS in five weeks",
    summary:
      "US Central Command reported that between 1 October and 6 November 2025 it advised Syrian partners in more than 22 operations against ISIS, capturing 19 suspects and killing five. This is an aggregate figure covering several places that were not named, not a single event.",
    type: "campaign",
    actors: ["US CENTCOM", "US-led coalition"],
    targets: ["ISIS"],
    place: null,
    outcome: { arrested: 19, killed: 5, notes: "Aggregate of 22+ operations over about five weeks." },
    sources: [
      {
        name: "DVIDS (CENTCOM release)",
        url: "https://www.dvidshub.net/news/552461/centcom-degrades-isis-syria",
        published: "2025-11-12",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Official CENTCOM summary; no individual operation, place or date is given.",
    },
    tags: ["aggregate", "partnered-operations"],
  },
  {
    id: "2025-10-18-qalamoun-isis-cell-raid",
    date: "2025-10-18",
    title: "ISIS cell dismantled in a clash in the Qalamoun region",
    summary:
      "General Intelligence and Internal Security in Rif Dimashq broke up an ISIS cell in the Qalamoun region, arresting one member and killing two, according to the Interior Ministry. One suspect reportedly tried to blow himself up during the firefight; the outlet al-Modon said coalition helicopters took part.",
    type: "raid",
    actors: ["Syrian General Intelligence Service", "Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "qalamoun",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: 1,
      killed: 2,
      seized: ["small arms", "ammunition", "explosive belt(s)"],
      notes: "Two 'neutralised'; L'Orient Today says one of them died of his wounds.",
    },
    sources: [
      {
        name: "L'Orient Today",
        url: "https://today.lorientlejour.com/article/1481749/a-daesh-cell-dismantled-near-damascus.html",
        published: "2025-10-19",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Ministry statement reported by L'Orient Today and i24 Arabic; coalition involvement rests on one outlet and the exact site is not given.",
    },
    tags: ["clash", "cell-dismantled"],
  },
  {
    id: "2025-10-19-tartus-former-regime-suspect-arrest",
    date: "2025-10-19",
    title: "Former Palestine Branch member arrested in Tartus; weapons cache found near Drikish",
    summary:
      "Internal security in Tartus and the counter-terrorism branch arrested Ali Flarah, a former member of the Palestine Branch intelligence unit, and found a weapons cache in the Drikish woods, according to the Interior Ministry. The ministry said he was planning attacks on security and defence ministry sites and trying to recruit others.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Former-regime officials"],
    place: "drikish",
    reportedGovernorate: "SY-TA",
    outcome: {
      arrested: 1,
      seized: ["weapons cache"],
      notes:
        "Arrested: Ali Flarah. The same round-up reports a separate arrest in Latakia on 20 Oct: Muhammad Nadeem al-Shab, formerly an officer of the Desert Falcons militia.",
    },
    sources: [
      {
        name: "Levant24",
        url: "https://levant24.com/news/2025/10/syrian-forces-intensify-campaign-against-isis-and-regime-remnants",
        published: "2025-10",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry account summarised in a monthly round-up; the arrest place is given only as Tartus.",
    },
    tags: ["seizure", "former-regime"],
  },
  {
    id: "2025-10-20-dumayr-captagon-12-million",
    date: "2025-10-20",
    title: "About 12 million Captagon pills seized in the al-Dumayr area",
    summary:
      "The Interior Ministry's anti-narcotics department seized roughly 12 million Captagon pills and arrested the leader of a smuggling network in the al-Dumayr area east of Damascus, according to the ministry. It was reported as among the biggest drug seizures since the change of government, and the pills were to be destroyed.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Drug traffickers"],
    place: "al-dumayr",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: 1,
      seized: ["about 12 million Captagon pills"],
      notes: "Arrested: the network's leader.",
    },
    sources: [
      {
        name: "L'Orient Today (AFP)",
        url: "https://today.lorientlejour.com/article/1481950/syria-announces-seizure-of-12-million-captagon-pills.html",
        published: "2025-10-21",
      },
    ],
    confidence: {
      level: "high",
      reason:
        "Ministry statement reported by AFP (also caliber.az). Dated to the Monday of the statement; the governorate is inferred from the place name.",
    },
    tags: ["raid", "arrest", "captagon"],
  },
  {
    id: "2025-10-28-homs-captagon-from-lebanon",
    date: "2025-10-28",
    title: "About 11 million Captagon pills seized from a car arriving from Lebanon",
    summary:
      "The Interior Ministry's anti-narcotics branch in Homs intercepted a vehicle coming from Lebanon in the southern Homs countryside and found roughly 11 million Captagon pills, according to the ministry. No arrests had been announced at the time of the statement.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Drug traffickers"],
    place: "southern-homs-countryside",
    reportedGovernorate: "SY-HI",
    outcome: {
      arrested: null,
      seized: ["about 11 million Captagon pills", "the vehicle"],
      notes: "No arrests mentioned in the statement.",
    },
    sources: [
      {
        name: "LBCI",
        url: "https://www.lbcgroup.tv/news/lebanon-news/886946/syria-seizes-11-million-captagon-pills-smuggled-from-lebanon/en",
        published: "2025-10-28",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry claim via one outlet; the date is the report's, the seizure date was not stated.",
    },
    tags: ["captagon", "lebanon-border"],
  },
  {
    id: "2025-11-08-nationwide-isis-sweep",
    date: "2025-11-08",
    title: "Nationwide Interior Ministry sweep: 61 raids and 71 ISIS suspects detained",
    summary:
      "The Interior Ministry and General Intelligence carried out 61 pre-emptive raids on ISIS cells across Aleppo, Idlib, Hama, Homs, Deir ez-Zor, Raqqa, Damascus and its countryside, and the Badia, detaining 71 people, according to Reuters. The sweep came ahead of President al-Sharaa's visit to Washington; The Media Line reported one ISIS member killed and one officer wounded.",
    type: "campaign",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: null,
    outcome: {
      arrested: 71,
      killed: 1,
      wounded: 1,
      seized: ["explosives", "weapons", "ammunition stockpiles"],
      notes:
        "Aggregate of 61 raids in many governorates; logistics sites also taken. Killed (an ISIS member) and wounded (a security officer) per The Media Line.",
    },
    sources: [
      {
        name: "Devdiscourse (Reuters)",
        url: "https://www.devdiscourse.com/article/law-order/3690394-update-1-syria-carries-out-pre-emptive-operations-against-islamic-state-cells",
        published: "2025-11-09",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Reported by Reuters and Shafaq as announced on Saturday 8 Nov; capitalpost.uk dates it to Sunday 9 Nov. Nationwide aggregate with no per-site detail.",
    },
    tags: ["aggregate", "nationwide", "arrest", "seizure"],
  },
  {
    id: "2025-11-08-al-hol-isis-leader-arrest",
    date: "2025-11-08",
    title: "SDF and coalition detain a senior ISIS figure in al-Hol camp",
    summary:
      "The SDF and the US-led coalition detained Baha al-Maseeri, known as Abu Abdulrahman and described as a senior ISIS leader, in al-Hol camp, according to Shafaq News. The outlet gave the operation a single line inside its coverage of that day's nationwide government raids.",
    type: "raid",
    actors: ["SDF", "US-led coalition"],
    targets: ["ISIS"],
    place: "al-hol-camp",
    reportedGovernorate: "SY-HA",
    outcome: { arrested: 1, notes: "Arrested: Baha al-Maseeri ('Abu Abdulrahman')." },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syria-breaks-up-ISIS-networks-in-multiple-provinces",
        published: "2025-11-08",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "A brief mention in one report with no further detail; the governorate (al-Hasakah) is inferred from the camp's location.",
    },
    tags: ["arrest", "camp"],
  },
  {
    id: "2025-11-24-latakia-badrousiyah-isis-cell",
    date: "2025-11-24",
    title: "Gunfight as security forces break up an ISIS-linked cell in northern Latakia",
    summary:
      "Internal Security in Latakia and General Intelligence raided an ISIS-linked cell in the al-Badrousiyah area of the northern Latakia countryside, according to the Interior Ministry. Two cell members were killed and an intelligence officer was seriously wounded in an exchange of fire; the remaining members were arrested, and the cell was said to be preparing attacks on the coast.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "al-badrousiyah",
    reportedGovernorate: "SY-LA",
    outcome: {
      arrested: null,
      killed: 2,
      wounded: 1,
      seized: ["weapons", "ammunition"],
      notes: "Remaining members arrested (number not given). Wounded: one intelligence officer, seriously.",
    },
    sources: [
      {
        name: "TRT World (citing AA/SANA)",
        url: "https://www.trtworld.com/article/79fa049c498c",
        published: "2025-11-25",
      },
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syrian-forces-break-up-major-ISIS-cell-in-Latakia",
      },
    ],
    confidence: {
      level: "high",
      reason: "Ministry statement reported by Anadolu, SANA, TRT World and Shafaq.",
    },
    tags: ["clash", "cell-dismantled"],
  },
  {
    id: "2025-11-25-afrin-isis-cells-dismantled",
    date: "2025-11-25",
    title: "ISIS cells dismantled in the Afrin area, with weapons and explosive belts seized",
    summary:
      "Internal Security in Aleppo and General Intelligence arrested members of ISIS cells in the Afrin area, according to an Interior Ministry statement. The ministry said the cells were planning attacks and published photos of seized weapons, RPG rounds, grenades, explosive devices and belts.",
    type: "cell-dismantled",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "afrin",
    reportedGovernorate: "SY-HL",
    outcome: {
      arrested: null,
      seized: [
        "various weapons",
        "RPG rounds",
        "hand grenades",
        "explosive devices",
        "explosive belts",
        "large quantity of ammunition",
      ],
      notes: "Cell members arrested; number not given.",
    },
    sources: [
      { name: "Okaz (English edition)", url: "https://www.okaz.com.sa/politics/na/2223777", published: "2025-11-25" },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry statement relayed by one outlet, with no numbers.",
    },
    tags: ["arrest", "seizure"],
  },
  {
    id: "2025-12-01-idlib-al-dana-isis-raids",
    date: "2025-12-01",
    title: "Two raids on ISIS cells in al-Dana and west of Idlib city",
    summary:
      "Internal Security in Idlib and General Intelligence raided ISIS cells in al-Dana and west of Idlib city, according to the Interior Ministry. Two members who refused to surrender were killed and the rest were detained; the cells were accused of murdering a civilian whose body was buried near Maarat Misrin.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "al-dana",
    reportedGovernorate: "SY-ID",
    outcome: {
      arrested: null,
      killed: 2,
      seized: ["small arms", "ammunition", "explosive belts", "explosive devices"],
      notes: "Remaining members arrested (number not given).",
    },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syrian-raids-break-up-ISIS-cells-in-Idlib",
        published: "2025-12-01",
      },
      { name: "Okaz (English edition)", url: "https://www.okaz.com.sa/politics/na/2224589" },
    ],
    confidence: {
      level: "high",
      reason: "Ministry statement reported by Shafaq, Okaz and Shorouk.",
    },
    tags: ["clash", "arrest"],
  },
  {
    id: "2025-12-14-palmyra-sweep-isis-suspects",
    date: "2025-12-14",
    title: "Five ISIS suspects held in a sweep after the Palmyra ambush",
    summary:
      "The day after an ambush near Palmyra left two American soldiers and their interpreter dead, the Interior Ministry, General Intelligence and coalition forces swept the Palmyra area of the Homs desert and detained five suspects, according to Anadolu Agency.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service", "US-led coalition"],
    targets: ["ISIS"],
    place: "palmyra",
    reportedGovernorate: "SY-HI",
    outcome: { arrested: 5 },
    sources: [
      {
        name: "Anadolu Agency",
        url: "https://www.aa.com.tr/en/middle-east/syria-arrests-isis-suspects-in-homs-security-sweep-after-palmyra-terrorist-attack/3771193",
      },
    ],
    confidence: {
      level: "high",
      reason: "Interior Ministry statement reported by Anadolu Agency.",
    },
    tags: ["sweep", "palmyra-attack"],
  },
  {
    id: "2025-12-16-idlib-isis-cell-ambush-follow-up",
    date: "2025-12-16",
    title: "Idlib cell behind an ambush on security personnel broken up; leader killed",
    summary:
      "In two operations in Idlib city and its countryside, Internal Security and General Intelligence arrested eight members of an ISIS cell and killed its leader, according to the Interior Ministry. The ministry blamed the cell for the 14 December ambush near Maarat al-Numan that killed four security personnel and for attacks on soldiers and customs officers, including at al-Zerba in Aleppo province.",
    type: "cell-dismantled",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "idlib-city-countryside",
    reportedGovernorate: "SY-ID",
    outcome: {
      arrested: 8,
      killed: 1,
      seized: [
        "explosive belts",
        "silencers",
        "anti-armour missiles",
        "M4 rifles",
        "grenades",
        "pistols",
        "ammunition",
        "detonators",
        "electronic devices",
      ],
      notes: "Three arrested in the first operation and five in the second; the leader was 'neutralised'.",
    },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syrian-forces-kill-ISIS-chief-detain-member-in-Idlib",
        published: "2025-12-16",
      },
      {
        name: "The Media Line",
        url: "https://themedialine.org/mideast-daily-news/syrian-forces-say-they-broke-up-islamic-state-cell-behind-attacks-in-idlib-aleppo/",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Ministry posts dated 16 Dec (Shafaq, The Media Line), but The National (17 Dec) says the announcement came on Wednesday 17 Dec.",
    },
    tags: ["arrest", "seizure"],
  },
  {
    id: "2025-12-17-damascus-dummar-isis-hideout",
    date: "2025-12-17",
    title: "ISIS hideout with explosives and attack drones raided in Dummar, Damascus",
    summary:
      "Interior Ministry forces raided an ISIS hideout in the Dummar neighbourhood of northwest Damascus and found improvised explosive devices and so-called suicide drones, Rudaw reported. No arrests were mentioned.",
    type: "raid",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "damascus-dummar",
    reportedGovernorate: "SY-DI",
    outcome: {
      seized: ["improvised explosive devices", "'suicide drones'"],
      notes: "No arrest figures given.",
    },
    sources: [
      {
        name: "Rudaw",
        url: "https://www.rudaw.net/english/middleeast/syria/211220251",
        published: "2025-12-21",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Mentioned in passing in one report; the date is derived from 'Wednesday' in an article published on 21 Dec.",
    },
    tags: ["seizure", "drones"],
  },
  {
    id: "2025-12-17-serghaya-rpg-shipment",
    date: "2025-12-17",
    title: "RPG shells bound for Lebanon intercepted near Serghaya",
    summary:
      "Interior Ministry internal security ambushed smugglers near Serghaya, in the Zabadani area on the Lebanese border, and seized a consignment of RPG shells headed to Lebanon, according to The Media Line. It came during a wider border security drive in the Western Qalamoun area; the report does not say whether anyone was detained.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Hezbollah-linked smugglers"],
    place: "serghaya",
    reportedGovernorate: "SY-RD",
    outcome: { seized: ["RPG shells"], notes: "The report does not say whether smugglers were detained." },
    sources: [
      {
        name: "The Media Line",
        url: "https://themedialine.org/headlines/syria-intercepts-rpg-shipment-bound-for-hezbollah-across-lebanese-border/",
        published: "2025-12-18",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry account reported by one outlet.",
    },
    tags: ["ambush", "weapons-smuggling", "lebanon-border"],
  },
  {
    id: "2025-12-19-operation-hawkeye-strike-first-wave",
    date: "2025-12-19",
    title: "Operation Hawkeye Strike: US and Jordanian strikes on ISIS across central Syria",
    summary:
      "In retaliation for the 13 December Palmyra ambush, US Central Command and the Jordanian air force began striking ISIS infrastructure, weapons sites and fighters in central Syria, hitting more than 70 targets with over 100 precision munitions, according to CENTCOM. Secondary summaries place the strikes in the desert near Palmyra and along the Raqqa and Deir ez-Zor corridors.",
    type: "campaign",
    actors: ["US CENTCOM", "Jordanian Armed Forces"],
    targets: ["ISIS"],
    place: "central-badiya",
    outcome: {
      killed: null,
      notes: "Casualties not reported in the source. More than 70 targets, over 100 precision munitions.",
    },
    sources: [
      {
        name: "Homeland Security Today",
        url: "https://www.hstoday.us/dod-national-defense/u-s-strikes-isis-targets-in-syria-after-american-soldier-deaths/",
      },
    ],
    confidence: {
      level: "high",
      reason:
        "Official CENTCOM announcement, widely reported; the places beyond 'central Syria' come from secondary summaries, so the pin is a regional representative point.",
    },
    tags: ["strike-wave", "air-strike", "operation-hawkeye-strike", "palmyra-attack"],
  },
  {
    id: "2025-12-20-centcom-eleven-missions-aggregate",
    date: "2025-12-20",
    endDate: "2025-12-29",
    title: "CENTCOM: 11 missions against ISIS in Syria in ten days",
    summary:
      "US Central Command said it and partner forces carried out 11 missions against ISIS in Syria between 20 and 29 December 2025, killing at least seven operatives and killing or capturing nearly 25 in all, and destroying four weapons caches. A US official said Syrian forces took part. This is an aggregate figure without named places.",
    type: "campaign",
    actors: ["US CENTCOM"],
    targets: ["ISIS"],
    place: null,
    outcome: {
      arrested: null,
      killed: 7,
      seized: ["4 weapons caches (destroyed)"],
      notes:
        "At least 7 killed; nearly 25 killed or captured in total, so the number captured is not given exactly. Aggregate of 11 missions.",
    },
    sources: [
      {
        name: "Israel National News",
        url: "https://www.israelnationalnews.com/news/420166",
      },
    ],
    confidence: {
      level: "medium",
      reason: "CENTCOM summary relayed by secondary outlets; no individual mission, place or date is given.",
    },
    tags: ["aggregate", "partnered-operations"],
  },
  {
    id: "2025-12-21-dhiban-sdf-coalition-isis-cell",
    date: "2025-12-21",
    title: "SDF and coalition raid an ISIS cell in Dhiban, eastern Deir ez-Zor",
    summary:
      "SDF special operations teams, supported by the US-led coalition, cordoned off an ISIS cell in the town of Dhiban and came under fire, according to an SDF statement. The SDF said three cell members were killed and five captured, and that the cell made IEDs and car bombs for attacks on military positions and public services.",
    type: "raid",
    actors: ["SDF", "US-led coalition"],
    targets: ["ISIS"],
    place: "dhiban",
    reportedGovernorate: "SY-DY",
    outcome: { arrested: 5, killed: 3 },
    sources: [
      {
        name: "Kurdistan24",
        url: "https://www.kurdistan24.net/en/story/883167/in-joint-operation-sdf-and-coalition-dismantle-isis-cell-in-deir-al-zor",
        published: "2025-12-23",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Rests on an SDF statement reported by one outlet two days later.",
    },
    tags: ["clash", "cell-dismantled"],
  },
  {
    id: "2025-12-21-daraya-isis-cell-seven-arrested",
    date: "2025-12-21",
    title: "Seven ISIS cell members arrested in a Daraya hideout raid",
    summary:
      "After weeks of surveillance, Internal Security in Rif Dimashq and General Intelligence raided an ISIS hideout in Daraya, southwest of Damascus, and arrested the cell's leader and six members, according to the Interior Ministry. Weapons, ammunition and cash in Syrian pounds and US dollars were reported seized; the raid came the day after a major wave of US strikes.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "daraya",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: 7,
      seized: ["weapons", "ammunition", "cash in Syrian pounds and US dollars"],
      notes: "The leader and six members. The cash is from an AFP-based report.",
    },
    sources: [
      {
        name: "Kurdistan24",
        url: "https://www.kurdistan24.net/en/story/882701/syrian-security-dismantles-isis-cell-in-rural-damascus-amid-intensified-counterterrorism-operations",
        published: "2025-12-21",
      },
      { name: "Rudaw", url: "https://www.rudaw.net/english/middleeast/syria/211220251", published: "2025-12-21" },
    ],
    confidence: {
      level: "high",
      reason: "Ministry statement reported by Kurdistan24, Shafaq and Rudaw.",
    },
    tags: ["arrest", "cell-dismantled"],
  },
  {
    id: "2025-12-23-damascus-captagon-network",
    date: "2025-12-23",
    title: "Damascus drug network broken up with 162,000 Captagon pills seized",
    summary:
      "The Interior Ministry's anti-drug department in Damascus ambushed a trafficking network after surveillance, arresting its leader and five members and seizing about 162,000 Captagon pills, according to a ministry statement. The suspects were referred to the judiciary.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Drug traffickers"],
    place: "damascus",
    reportedGovernorate: "SY-DI",
    outcome: {
      arrested: 6,
      seized: ["about 162,000 Captagon pills"],
      notes: "The leader and five members.",
    },
    sources: [
      { name: "Okaz (English edition)", url: "https://www.okaz.com.sa/politics/na/2227976", published: "2025-12-23" },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry statement relayed by one outlet.",
    },
    tags: ["ambush", "seizure", "captagon"],
  },
  {
    id: "2025-12-24-muadamiyat-al-sham-isis-wali-captured",
    date: "2025-12-24",
    title: "ISIS 'wali of Damascus' captured in a joint raid in Moadamiyat al-Sham",
    summary:
      "Syrian internal security and General Intelligence, in a joint raid with US-led coalition forces, captured Taha al-Zoubi (Abu Omar Tibiya), whom ISIS styled its governor ('wali') of Damascus, with several aides in Moadamiyat al-Sham, according to the Interior Ministry. Reports said he had an explosive vest on when detained.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service", "US-led coalition"],
    targets: ["ISIS"],
    place: "muadamiyat-al-sham",
    reportedGovernorate: "SY-RD",
    outcome: {
      arrested: null,
      seized: ["suicide vest(s)", "weapons"],
      notes: "Taha al-Zoubi ('Abu Omar Tibiya') and several aides arrested; total number not given.",
    },
    sources: [
      {
        name: "Hurriyet Daily News",
        url: "https://www.hurriyetdailynews.com/syria-says-isil-leader-captured-in-damascus-countryside-217168",
        published: "2025-12-25",
      },
    ],
    confidence: {
      level: "high",
      reason: "Ministry statement carried by Anadolu (via Hurriyet Daily News) and A News; captured late on 24 Dec.",
    },
    tags: ["arrest", "seizure", "capture"],
  },
  {
    id: "2025-12-24-jableh-saraya-al-jawad-raid",
    date: "2025-12-24",
    title: "Raid on a 'Saraya al-Jawad' cell in the Jableh countryside; three killed",
    summary:
      "Internal Security in Latakia raided members of Saraya al-Jawad in Duweir Ba'bada, in the Jableh countryside, a group the ministry linked to former regime commander Suheil al-Hassan, according to MENAFN. Three were reported killed and two arrested, one during the raid and another later, and IEDs and weapons hidden in several places were seized.",
    type: "raid",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Saraya al-Jawad", "Former-regime loyalist cell"],
    place: "duweir-babada",
    reportedGovernorate: "SY-LA",
    outcome: {
      arrested: 2,
      killed: 3,
      seized: ["IEDs", "weapons", "ammunition"],
      notes: "Three 'neutralised'. One arrested on the day of the raid; Basel Issa Ali Jamahiri later.",
    },
    sources: [
      {
        name: "MENAFN",
        url: "https://menafn.com/1110533452/Syrian-authorities-say-terrorist-cell-member-got-detained-in-Latakia",
        published: "2025-12-29",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Ministry account via an aggregator; the raid date is derived from 'Wednesday' in a statement announced the following Sunday.",
    },
    tags: ["clash", "arrest", "seizure", "former-regime"],
  },
  {
    id: "2026-01-09-isis-wilayat-al-sham-commander-arrest",
    date: "2026-01-09",
    title: "Interior Minister announces arrest of ISIS 'military commander of Wilayat al-Sham'",
    summary:
      "Interior Minister Anas Khattab announced that specialised ministry units and the General Intelligence Service had arrested a man described as the military commander of ISIS's 'Wilayat al-Sham'. He gave no place and also pointed to the earlier capture of two ISIS provincial leaders.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: null,
    outcome: { arrested: 1 },
    sources: [
      {
        name: "A News (anews.com.tr)",
        url: "https://www.anews.com.tr/middle-east/2026/01/09/senior-isis-terrorist-leader-arrested-in-syria-local-media",
        published: "2026-01-09",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Announced by the minister on X and dated Friday 9 Jan by A News, but The Media Line (10 Jan) says Thursday; no place disclosed.",
    },
  },
  {
    id: "2026-01-10-operation-hawkeye-strike-second-wave",
    date: "2026-01-10",
    title: "Second large wave of US strikes on ISIS in Syria under Operation Hawkeye Strike",
    summary:
      "US Central Command and partner forces struck multiple ISIS targets across Syria, in what was reported as the second large wave of Operation Hawkeye Strike; Jordan said it took part. Secondary reports cite more than 35 targets and over 90 munitions; the locations were not disclosed.",
    type: "campaign",
    actors: ["US CENTCOM", "Jordanian Armed Forces"],
    targets: ["ISIS"],
    place: null,
    outcome: {
      killed: null,
      notes: "Casualties not reported. 35+ targets and 90+ munitions per secondary (CBS-sourced) reports.",
    },
    sources: [
      {
        name: "NewsGram",
        url: "https://www.newsgram.com/america/2026/01/11/us-retaliatory-strikes-on-isis-syria",
        published: "2026-01-11",
      },
    ],
    confidence: {
      level: "high",
      reason:
        "Official US announcement, widely reported; target counts come from secondary reports and no locations were given.",
    },
    tags: ["strike-wave", "air-strike", "operation-hawkeye-strike"],
  },
  {
    id: "2026-01-12-homs-mosque-bombing-suspects",
    date: "2026-01-12",
    title: "Two ISIS suspects arrested over the Homs mosque bombing",
    summary:
      "Interior Ministry units in Homs and General Intelligence arrested two ISIS members accused of the 26 December 2025 bombing of the Imam Ali bin Abi Talib mosque in Wadi al-Dhahab, which killed eight people, according to the ministry. Explosive devices, weapons and digital evidence were reported seized; a group called Saraya Ansar al-Sunna had also claimed the bombing.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["ISIS"],
    place: "homs-city",
    reportedGovernorate: "SY-HI",
    outcome: {
      arrested: 2,
      seized: ["explosive devices", "various weapons and ammunition", "documents and digital evidence"],
      notes: "Arrested: Ahmed Attallah al-Diab and Anas al-Zarrad.",
    },
    sources: [
      {
        name: "Dalena Reporters",
        url: "https://www.dalenareporters.com/2026/01/syria-arrests-two-islamic-state.html",
        published: "2026-01-12",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry announcement via a small outlet, also carried in Arabic by Shafaq and others.",
    },
    tags: ["seizure", "mosque-attack"],
  },
  {
    id: "2026-01-13-barada-valley-isis-cell",
    date: "2026-01-13",
    title: "ISIS cell captured in Jadidat al-Shibani, Barada Valley",
    summary:
      "Interior Ministry security forces captured an ISIS cell in Jadidat al-Shibani in the Barada Valley, west of Damascus, according to a ministry source cited by Anadolu and SANA. No figures or further details were given.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "barada-valley",
    reportedGovernorate: "SY-RD",
    outcome: { arrested: null, notes: "A cell arrested; number not given." },
    sources: [
      {
        name: "News.az (citing Anadolu/SANA)",
        url: "https://news.az/news/syria-captures-isis-terror-cell-in-damascus-countryside",
        published: "2026-01-13",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Brief ministry-source report (also MENAFN) with no numbers or names.",
    },
  },
  {
    id: "2026-01-16-us-strike-northwest-palmyra-linked-leader",
    date: "2026-01-16",
    title: "US strike in northwest Syria kills a militant leader tied to the Palmyra gunman",
    summary:
      "US Central Command said a strike in northwest Syria killed Bilal Hasan al-Jasim, an al-Qaeda-affiliated leader it described as directly tied to the gunman of the 13 December Palmyra attack. It was reported as the third action of Operation Hawkeye Strike.",
    type: "strike",
    actors: ["US CENTCOM"],
    targets: ["al-Qaeda-linked militants"],
    place: "northwest-syria",
    outcome: { killed: 1, notes: "Killed: Bilal Hasan al-Jasim." },
    sources: [
      {
        name: "UNB (United News of Bangladesh)",
        url: "https://unb.com.bd/category/world/us-conducts-retaliatory-strike-in-syria-kills-leader-linked-to-deadly-is-ambush/177551",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "CENTCOM statement (17 Jan) dates the strike 16 Jan, and most outlets say Friday, but one says Saturday 17 Jan; the place is given only as northwest Syria.",
    },
    tags: ["air-strike", "killing", "operation-hawkeye-strike", "palmyra-attack"],
  },
  {
    id: "2026-02-01-darayya-kafr-sousa-rocket-drone-cell",
    date: "2026-02-01",
    title: "Arrests over rocket attacks on Mezzeh; drones and rockets seized",
    summary:
      "Interior Ministry units in Rif Dimashq and the General Intelligence Directorate raided a cell they blamed for rocket attacks on Mezzeh and its military airport, tracking its launch sites in Darayya and Kafr Sousa, according to a ministry statement. The ministry linked the cell to Hezbollah, which denied it, and said further drone attacks had been planned; drones, rockets and launch platforms were seized.",
    type: "raid",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service"],
    targets: ["Hezbollah-linked cell"],
    place: "darayya-kafr-sousa",
    reportedGovernorate: ["SY-RD", "SY-DI"],
    outcome: {
      arrested: null,
      seized: ["drones prepared for attacks", "rockets", "launch platforms"],
      notes:
        "Cell members arrested (number not given), including Khaled Abdullah al-Issa al-Hilu and Hussein Aboud al-Hammadi al-Ali. The rocket fire dated from December 2025 and January 2026.",
    },
    sources: [
      { name: "Okaz (English edition)", url: "https://www.okaz.com.sa/politics/na/2233716", published: "2026-02-01" },
    ],
    confidence: {
      level: "medium",
      reason:
        "Ministry statement reported by several outlets (Okaz, Shafaq, Ynet); the Hezbollah link is disputed by Hezbollah.",
    },
    tags: ["arrest", "seizure", "foiled-plot", "drones", "rockets"],
  },
  {
    id: "2026-02-04-southern-syria-captagon-balloon-network",
    date: "2026-02-04",
    title: "Drug network using balloons to send Captagon into Jordan broken up",
    summary:
      "The Interior Ministry's anti-narcotics department arrested four people and seized about 2 million Captagon pills and some 151 kg of hashish from a network smuggling drugs into Jordan, according to TRT World. The haul included helium cylinders, hot-air balloons and a launcher that, according to the report, were used to send drugs across the frontier.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior"],
    targets: ["Drug traffickers"],
    place: "southern-syria-jordan-border",
    outcome: {
      arrested: 4,
      seized: [
        "about 2.05 million Captagon pills",
        "605 packets of hashish (about 151 kg)",
        "10 helium cylinders",
        "75 hot-air balloons",
        "30 plastic mortar shells and a launcher",
        "a drone",
        "communication devices",
      ],
    },
    sources: [{ name: "TRT World", url: "https://www.trtworld.com/article/5032dca4a9a7", published: "2026-02-04" }],
    confidence: {
      level: "medium",
      reason:
        "Ministry claim via one outlet; the date is the publication date (operation date not stated) and no governorate is named.",
    },
    tags: ["arrest", "captagon", "jordan-border"],
  },
  {
    id: "2026-02-24-raqqa-west-isis-cell-raid",
    date: "2026-02-24",
    title: "Pre-dawn raids west of Raqqa kill an ISIS cell leader after checkpoint attacks",
    summary:
      "Internal Security in Raqqa raided an ISIS cell west of the city, near the al-Sabahiya checkpoint, killing its leader and one member and arresting four, according to SANA. The raids followed two attacks on the checkpoint that killed four security personnel.",
    type: "raid",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "raqqa-west",
    reportedGovernorate: "SY-RA",
    outcome: {
      arrested: 4,
      killed: 2,
      seized: ["weapons", "ammunition"],
      notes: "Killed: the cell leader and one member ('neutralised').",
    },
    sources: [{ name: "SANA", url: "https://sana.sy/en/syria/2298684", published: "2026-02-24" }],
    confidence: {
      level: "high",
      reason: "State news agency report, also carried by Israel National News.",
    },
    tags: ["arrest", "seizure"],
  },
  {
    id: "2026-02-25-mayadin-isis-member-arrest",
    date: "2026-02-25",
    title: "ISIS suspect arrested in al-Mayadin over attacks on army personnel",
    summary:
      "Internal Security in Deir ez-Zor arrested Mahmoud Eid al-Ali in al-Mayadin, accusing him of targeting personnel of the Defence Ministry's 86th Division, according to Shafaq News. The arrest came days after ISIS announced a 'new phase' against the Damascus government.",
    type: "arrest",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "al-mayadin",
    reportedGovernorate: "SY-DY",
    outcome: { arrested: 1, notes: "Arrested: Mahmoud Eid al-Ali." },
    sources: [
      {
        name: "Shafaq News",
        url: "https://www.shafaq.com/en/Middle-East/Syrian-Forces-arrest-an-ISIS-militant-in-Deir-Ez-zor",
        published: "2026-02-25",
      },
    ],
    confidence: {
      level: "medium",
      reason: "Ministry account relayed by one outlet.",
    },
  },
  {
    id: "2026-03-05-damascus-car-bomb-plot-foiled",
    date: "2026-03-05",
    title: "Car bomb plot in Damascus foiled with help from Turkish intelligence",
    summary:
      "Interior Ministry security in Rif Dimashq and General Intelligence, working with Turkish intelligence, arrested three members of an ISIS cell and defused a remotely detonated car bomb found at a sensitive location in Damascus, according to the ministry. The cell was said to be planning sabotage in the capital.",
    type: "foiled-plot",
    actors: ["Syrian Ministry of Interior", "Syrian General Intelligence Service", "Turkish intelligence (MIT)"],
    targets: ["ISIS"],
    place: "rif-dimashq-governorate",
    reportedGovernorate: ["SY-RD", "SY-DI"],
    outcome: {
      arrested: 3,
      seized: ["car bomb rigged for remote detonation (TNT and C4, per the ministry)"],
      notes: "Named by Daily Sabah: Omar Hashem, Muhammad Hammad and Hussein Khalef. The car bomb was defused.",
    },
    sources: [
      {
        name: "The National",
        url: "https://www.thenationalnews.com/news/mena/2026/03/05/syria-foils-isis-car-bomb-plot-with-help-of-turkish-spies/",
        published: "2026-03-05",
      },
    ],
    confidence: {
      level: "high",
      reason: "Ministry statement reported by The National, Shafaq, TRT World, Daily Sabah and Okaz.",
    },
    tags: ["arrest", "seizure", "car-bomb"],
  },

  // --- Undated reports (date null: no report gives one) and one with only a month ----------
  {
    id: "undated-east-aleppo-isis-cell",
    date: null,
    title: "ISIS-affiliated cell broken up east of Aleppo (date unknown)",
    summary:
      "Syrian Interior Ministry forces dismantled an ISIS-affiliated cell east of Aleppo after a period of surveillance, according to an unnamed ministry official quoted by The Media Line. Several suspects were arrested, one key member was killed and a cache of weapons and explosives was seized; the cell was blamed for previous attacks on security patrols and to planned strikes on security and military sites.",
    type: "cell-dismantled",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "east-of-aleppo",
    reportedGovernorate: "SY-HL",
    outcome: {
      arrested: null,
      killed: 1,
      seized: ["cache of weapons and explosives"],
      notes: "Multiple arrests; number not given. The person killed was described as a key member.",
    },
    sources: [
      {
        name: "The Media Line (via repost on tvdelmarva.com)",
        url: "https://tvdelmarva.com/wp/syrian-forces-break-up-isis-terror-cell-east-of-aleppo/",
      },
    ],
    confidence: {
      level: "low",
      reason:
        "No date in the text and only a repost of the article was found; rests on an unnamed official. Its mention of earlier multi-province sweeps hints at late 2025, which is only a guess, not a reported date. A different event from the 17 May 2025 al-Haidariya raid.",
    },
    tags: ["raid", "arrest", "date-unknown"],
  },
  {
    id: "2025-04-latakia-captagon-iron-rods",
    date: "2025-04",
    datePrecision: "month",
    title: "Nearly 4 million Captagon pills hidden in iron rods seized in Latakia",
    summary:
      "The Interior Ministry's anti-narcotics department in Latakia and General Security raided a warehouse and found about 4 million Captagon pills concealed in 5,000 iron rods prepared for export, along with a pill press, according to Anadolu Agency.",
    type: "seizure",
    actors: ["Syrian Ministry of Interior", "General Security Service"],
    targets: ["Drug traffickers"],
    place: "latakia-governorate",
    reportedGovernorate: "SY-LA",
    outcome: {
      seized: ["about 4 million Captagon pills", "5,000 iron rods used to hide them", "a pill press"],
    },
    sources: [
      {
        name: "Anadolu Agency",
        url: "https://www.aa.com.tr/en/middle-east/nearly-4m-captagon-pills-seized-in-syria-s-latakia-province/3536668",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Anadolu gives no date (only that the announcement was made on a Saturday); the month, April 2025, is from The National (4 Jun 2025), whose link is not recorded. The place is given only as Latakia.",
    },
    tags: ["raid", "captagon"],
  },
  {
    id: "undated-aleppo-isis-suicide-battalion",
    date: null,
    title: "Interior Ministry says an ISIS 'suicide battalion' was caught in Aleppo (date unknown)",
    summary:
      "An Interior Ministry spokesman told al-Ikhbariya that security forces had caught an ISIS suicide unit in Aleppo city, arresting its leader Abd al-Ilah al-Jumaili (Abu Imad al-Jumaili) and others, with sleeper cells also found in Homs, according to Syria 24. The cells were held responsible for a murder in Afrin and for abductions.",
    type: "raid",
    actors: ["Syrian Ministry of Interior"],
    targets: ["ISIS"],
    place: "aleppo-city",
    reportedGovernorate: "SY-HL",
    outcome: {
      arrested: null,
      seized: ["weapons"],
      notes: "Abd al-Ilah al-Jumaili ('Abu Imad al-Jumaili') and others arrested; total not given.",
    },
    sources: [{ name: "Syria 24 (sy-24.com)", url: "https://www.sy-24.com/?p=167893" }],
    confidence: {
      level: "low",
      reason:
        "Undated Arabic summary of a spokesman's interview; the context places it after the 22 Jun 2025 Dweila church bombing, but no date is given.",
    },
    tags: ["arrest", "seizure", "date-unknown"],
  },
  {
    id: "undated-al-hol-camp-isf-operation",
    date: null,
    title: "Asayish and SDF conclude an anti-ISIS sweep in al-Hol camp, 85 detained (date unknown)",
    summary:
      "Northeast Syria's Internal Security Forces (Asayish), with the SDF and YPJ and backed by the US-led coalition, said they had concluded an operation against ISIS networks inside al-Hol camp, detaining 85 people, according to Syriac Press. Explosives, mines and tunnels were reported found, and reports said a Yazidi woman was rescued.",
    type: "raid",
    actors: ["Internal Security Forces (Asayish)", "SDF", "YPJ", "US-led coalition"],
    targets: ["ISIS"],
    place: "al-hol-camp",
    reportedGovernorate: "SY-HA",
    outcome: {
      arrested: 85,
      seized: ["caches of explosive materials", "mines", "explosive devices", "tunnels found"],
      notes: "Reports said a Yazidi woman was rescued during the operation.",
    },
    sources: [
      {
        name: "Syriac Press",
        url: "https://syriacpress.com/blog/2024/02/06/security-forces-of-north-and-east-syria-conclude-anti-isis-operation-in-al-hol-camp/",
        published: "2024-02-06",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Official ISF statement reported by one outlet. The operation's dates are not given; the article was published on 6 Feb 2024 (pre-transition), and the governorate is inferred from the camp's location.",
    },
    tags: ["sweep", "arrest", "seizure", "camp", "pre-transition", "date-unknown"],
  },
  {
    id: "undated-homs-tadamon-suspect-mario-arrest",
    date: null,
    title: "Suspect in the 2013 Tadamon massacre arrested in Homs (date unknown)",
    summary:
      "General Security forces arrested Kamel Muhammad Sharif al-Abbas, known as 'Mario', in Homs, linking him to the 2013 mass killing in Damascus's Tadamon district, according to Levant24. The same report mentions the arrest in Deir ez-Zor of Mahmoud Badawi al-Hussein, formerly of military security.",
    type: "arrest",
    actors: ["General Security Service", "Syrian Ministry of Interior"],
    targets: ["Former-regime officials"],
    place: "homs-city",
    reportedGovernorate: "SY-HI",
    outcome: {
      arrested: 1,
      notes:
        "Arrested: Kamel Muhammad Sharif al-Abbas ('Mario'). The Deir ez-Zor arrest in the same report is not counted here.",
    },
    sources: [
      {
        name: "Levant24",
        url: "https://levant24.com/news/2025/04/syrian-security-forces-intensify-crackdown-on-regime-remnants",
        published: "2025-04",
      },
    ],
    confidence: {
      level: "medium",
      reason:
        "Date not given in the text; the article's address points to April 2025 but the arrest date is unknown. 'Homs' is taken to mean the city.",
    },
    tags: ["former-regime", "tadamon", "date-unknown"],
  },
  {
    id: "undated-homs-hezbollah-linked-explosives-arrest",
    date: null,
    title: "Man tied to a Hezbollah cell arrested with explosive devices in Homs province (date unknown)",
    summary:
      "General Intelligence and Internal Security in Homs arrested Mahmoud Fadel, whom the Interior Ministry linked to a Hezbollah cell, and seized ready-to-use explosive devices brought in through smuggling routes, according to a ministry post relayed by Tesaa World. The ministry said he meant to use them in attacks.",
    type: "arrest",
    actors: ["Syrian General Intelligence Service", "Syrian Ministry of Interior"],
    targets: ["Hezbollah-linked cell"],
    place: "homs-governorate",
    reportedGovernorate: "SY-HI",
    outcome: {
      arrested: 1,
      seized: ["ready-to-use explosive devices"],
      notes: "Arrested: Mahmoud Fadel.",
    },
    sources: [
      {
        name: "Tesaa World (German edition, citing Interior Ministry Telegram)",
        url: "https://www.tesaaworld.com/de/news/associated-with-hezbollah-general-intelligence-apprehends-explosive-devices-in-possession-of-a-person-in-homs",
      },
    ],
    confidence: {
      level: "low",
      reason:
        "Undated ('today, Sunday') report by a non-English aggregator of a ministry Telegram post; no independent corroboration found.",
    },
    tags: ["seizure", "foiled-plot", "hezbollah", "date-unknown"],
  },
];
