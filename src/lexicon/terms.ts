import type { COMMODITY_CATEGORIES, FACILITY_TYPES, ORGANIZATION_TYPES } from "../model/format.js";

/**
 * The Indonesian–English lexicon of industry terms (README.md beside this file says where the forms come
 * from and how to add one). Drafts use it to find commodities and topics in Indonesian articles and to read
 * titles, instruments and facility types; search uses it to find in one language what is described in the
 * other (`equivalents` in lexicon.ts).
 *
 * Forms are written in lowercase unless they are acronyms or symbols, which match letter for letter ("CRC",
 * "NPI", "MoU"); every other form matches in any case on word boundaries.
 */

export type CommodityCategory = (typeof COMMODITY_CATEGORIES)[number];
export type FacilityType = (typeof FACILITY_TYPES)[number];
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

interface TermBase {
  /** Canonical English name. */
  en: string;
  /** Indonesian forms, including common spellings and acronyms. */
  id: string[];
  /** English forms besides `en` (American spellings, acronyms). */
  english?: string[];
  /**
   * A term news uses in passing ("ekspor", "investasi", "nilai tambah"): search expands it, but a draft
   * does not propose it as the subject of a fact merely because it is mentioned.
   */
  generic?: boolean;
}

export interface CommodityTerm extends TermBase {
  category: "commodity";
  /** The suggested entity id, the one seed/data uses where it has the commodity. */
  key: `commodity:${string}`;
  commodityCategory: CommodityCategory;
  /** The commodity this is an ore, intermediate or refined form of ("bijih nikel" → commodity:nickel). */
  formOf?: `commodity:${string}`;
}

export interface TopicTerm extends TermBase {
  category: "topic";
  key: `topic:${string}`;
}

/** A kind of agreement: what "kerja sama", "nota kesepahaman", "perjanjian" name. */
export interface InstrumentTerm extends TermBase {
  category: "instrument";
  key: `instrument:${string}`;
}

/**
 * A title people hold. `unit` is the organisation a title names by itself: "Direktur Jenderal Industri
 * Agro" heads the "Direktorat Jenderal Industri Agro", "Menteri Perindustrian" the "Kementerian
 * Perindustrian", "Gubernur Jawa Barat" the "Pemerintah Provinsi Jawa Barat".
 */
export interface TitleTerm extends TermBase {
  category: "title";
  key: `title:${string}`;
  unit?: { id: string; en: string; type: OrganizationType };
}

/** A kind of facility: "smelter", "pabrik peleburan", "PLTU", "kawasan industri". */
export interface FacilityTerm extends TermBase {
  category: "facility";
  key: `facility-type:${string}`;
  facilityType: FacilityType;
}

export type Term = CommodityTerm | TopicTerm | InstrumentTerm | TitleTerm | FacilityTerm;
export type TermCategory = Term["category"];

const commodity = (
  key: CommodityTerm["key"],
  en: string,
  commodityCategory: CommodityCategory,
  id: string[],
  english: string[] = [],
  more: Pick<CommodityTerm, "formOf" | "generic"> = {},
): CommodityTerm => ({ category: "commodity", key, en, commodityCategory, id, english, ...more });

const topic = (
  key: TopicTerm["key"],
  en: string,
  id: string[],
  english: string[] = [],
  more: Pick<TopicTerm, "generic"> = {},
): TopicTerm => ({ category: "topic", key, en, id, english, ...more });

const instrument = (
  key: InstrumentTerm["key"],
  en: string,
  id: string[],
  english: string[] = [],
): InstrumentTerm => ({
  category: "instrument",
  key,
  en,
  id,
  english,
});

const title = (
  key: TitleTerm["key"],
  en: string,
  id: string[],
  english: string[] = [],
  unit?: TitleTerm["unit"],
): TitleTerm => ({ category: "title", key, en, id, english, ...(unit ? { unit } : {}) });

const facility = (
  key: FacilityTerm["key"],
  en: string,
  facilityType: FacilityType,
  id: string[],
  english: string[] = [],
): FacilityTerm => ({ category: "facility", key, en, facilityType, id, english });

// Ores and minerals as mined, refined metals, and the intermediate products between them.
// prettier-ignore
const COMMODITIES: CommodityTerm[] = [
  commodity("commodity:nickel", "Nickel", "MINERAL", ["nikel"], ["nickel"]),
  commodity("commodity:nickel-ore", "Nickel ore", "MINERAL", ["bijih nikel", "ore nikel", "nikel laterit", "saprolit", "limonit"], ["nickel ore", "laterite nickel ore", "saprolite", "limonite"], { formOf: "commodity:nickel" }),
  commodity("commodity:ferronickel", "Ferronickel", "PRODUCT", ["feronikel", "FeNi"], ["ferronickel", "ferro-nickel"], { formOf: "commodity:nickel" }),
  commodity("commodity:nickel-pig-iron", "Nickel pig iron", "PRODUCT", ["NPI", "nikel pig iron"], ["nickel pig iron"], { formOf: "commodity:nickel" }),
  commodity("commodity:nickel-matte", "Nickel matte", "PRODUCT", ["nikel matte", "matte nikel", "nickel matte"], ["nickel matte", "matte"], { formOf: "commodity:nickel" }),
  commodity("commodity:mixed-hydroxide-precipitate", "Mixed hydroxide precipitate (MHP)", "PRODUCT", ["MHP", "mixed hydroxide precipitate"], ["mixed hydroxide precipitate"], { formOf: "commodity:nickel" }),
  commodity("commodity:nickel-sulphate", "Nickel sulphate", "PRODUCT", ["nikel sulfat"], ["nickel sulphate", "nickel sulfate"], { formOf: "commodity:nickel" }),
  commodity("commodity:stainless-steel", "Stainless steel", "PRODUCT", ["baja nirkarat", "baja tahan karat", "stainless steel", "baja antikarat"], ["stainless steel"]),
  commodity("commodity:bauxite", "Bauxite", "MINERAL", ["bauksit", "bijih bauksit"], ["bauxite", "bauxite ore"]),
  commodity("commodity:alumina", "Alumina", "PRODUCT", ["alumina", "aluminium oksida", "SGA", "smelter grade alumina", "CGA", "chemical grade alumina"], ["aluminium oxide", "aluminum oxide", "smelter-grade alumina", "chemical-grade alumina"], { formOf: "commodity:aluminium" }),
  commodity("commodity:aluminium", "Aluminium", "METAL", ["aluminium", "alumunium", "aluminum", "logam aluminium"], ["aluminum"]),
  commodity("commodity:aluminium-ingot", "Aluminium ingot", "PRODUCT", ["ingot aluminium", "aluminium ingot", "aluminium batangan"], ["aluminum ingot"], { formOf: "commodity:aluminium" }),
  commodity("commodity:copper", "Copper", "METAL", ["tembaga"], ["copper"]),
  commodity("commodity:copper-ore", "Copper ore", "MINERAL", ["bijih tembaga"], ["copper ore"], {
    formOf: "commodity:copper",
  }),
  commodity("commodity:copper-concentrate", "Copper concentrate", "PRODUCT", ["konsentrat tembaga"], ["copper concentrate"], { formOf: "commodity:copper" }),
  commodity("commodity:copper-cathode", "Copper cathode", "PRODUCT", ["katoda tembaga"], ["copper cathode", "copper cathodes"], { formOf: "commodity:copper" }),
  commodity("commodity:anode-slime", "Anode slime", "PRODUCT", ["lumpur anoda", "anoda slime"], ["anode slime", "anode mud"], { formOf: "commodity:copper" }),
  commodity("commodity:gold", "Gold", "METAL", ["emas", "emas batangan"], ["gold", "gold bullion"]),
  commodity("commodity:silver", "Silver", "METAL", ["perak"], ["silver"]),
  commodity("commodity:tin", "Tin", "METAL", ["timah", "timah putih", "bijih timah", "timah batangan"], ["tin", "tin ore", "tin ingot"]),
  commodity("commodity:lead", "Lead", "METAL", ["timbal", "timah hitam"], ["lead (metal)"]),
  commodity("commodity:zinc", "Zinc", "METAL", ["seng"], ["zinc"]),
  commodity("commodity:iron-ore", "Iron ore", "MINERAL", ["bijih besi", "pasir besi"], ["iron ore", "iron sand"], { formOf: "commodity:steel" }),
  commodity("commodity:pig-iron", "Pig iron", "PRODUCT", ["besi kasar", "pig iron", "besi spons", "sponge iron"], ["pig iron", "sponge iron", "direct reduced iron", "DRI"], { formOf: "commodity:steel" }),
  commodity("commodity:steel", "Steel", "METAL", ["baja", "industri baja"], ["steel", "steel industry"]),
  commodity("commodity:hrc", "Hot-rolled coil (HRC)", "PRODUCT", ["HRC", "baja canai panas", "hot rolled coil"], ["hot-rolled coil", "hot rolled coil", "hot-rolled steel"], { formOf: "commodity:steel" }),
  commodity("commodity:crc", "Cold-rolled coil (CRC)", "PRODUCT", ["CRC", "baja canai dingin", "cold rolled coil"], ["cold-rolled coil", "cold rolled coil", "cold-rolled steel"], { formOf: "commodity:steel" }),
  commodity("commodity:coated-steel", "Coated steel", "PRODUCT", ["baja lapis", "baja lapis seng", "baja lapis aluminium seng", "BjLAS"], ["coated steel", "coated steel sheet", "galvanised steel", "galvanized steel"], { formOf: "commodity:steel" }),
  commodity("commodity:steel-slab", "Steel slab", "PRODUCT", ["slab baja", "slab"], ["steel slab"], {
    formOf: "commodity:steel",
  }),
  commodity("commodity:steel-billet", "Steel billet", "PRODUCT", ["billet baja", "billet"], ["steel billet"], { formOf: "commodity:steel" }),
  commodity("commodity:wire-rod", "Wire rod", "PRODUCT", ["batang kawat", "wire rod", "kawat baja"], ["wire rod", "steel wire"], { formOf: "commodity:steel" }),
  commodity("commodity:cobalt", "Cobalt", "MINERAL", ["kobalt"], ["cobalt"]),
  commodity("commodity:cobalt-sulphate", "Cobalt sulphate", "PRODUCT", ["kobalt sulfat"], ["cobalt sulphate", "cobalt sulfate"], { formOf: "commodity:cobalt" }),
  commodity("commodity:lithium", "Lithium", "MINERAL", ["litium", "lithium"], ["lithium"]),
  commodity("commodity:manganese", "Manganese", "MINERAL", ["mangan"], ["manganese"]),
  commodity("commodity:molybdenum", "Molybdenum", "MINERAL", ["molibdenum"], ["molybdenum"]),
  commodity("commodity:antimony", "Antimony", "MINERAL", ["antimon"], ["antimony"]),
  commodity("commodity:chromium", "Chromium", "MINERAL", ["kromium", "krom"], ["chromium", "chrome"]),
  commodity("commodity:vanadium", "Vanadium", "MINERAL", ["vanadium"], ["vanadium"]),
  commodity("commodity:titanium", "Titanium", "MINERAL", ["titanium"], ["titanium"]),
  commodity("commodity:tungsten", "Tungsten", "MINERAL", ["tungsten", "wolfram"], ["tungsten"]),
  commodity("commodity:platinum", "Platinum", "METAL", ["platina", "platinum"], ["platinum"]),
  commodity("commodity:graphite", "Graphite", "MINERAL", ["grafit"], ["graphite"]),
  commodity("commodity:rare-earth-elements", "Rare earth elements", "MINERAL", ["logam tanah jarang", "unsur tanah jarang", "LTJ", "mineral tanah jarang"], ["rare earth elements", "rare earths", "rare earth metals", "REE"]),
  commodity("commodity:silica", "Silica", "MINERAL", ["silika", "pasir silika", "pasir kuarsa"], ["silica", "silica sand", "quartz sand", "silicon dioxide"]),
  commodity("commodity:zircon", "Zircon", "MINERAL", ["zirkon", "pasir zirkon"], ["zircon"]),
  commodity("commodity:limestone", "Limestone", "MINERAL", ["batu kapur", "batu gamping"], ["limestone"]),
  commodity("commodity:polysilicon", "Polysilicon", "PRODUCT", ["polisilikon", "polysilicon", "silikon"], ["polysilicon", "silicon"], { formOf: "commodity:silica" }),
  commodity("commodity:coal", "Coal", "ENERGY", ["batu bara", "batubara"], ["coal", "thermal coal", "coking coal"]),
  commodity("commodity:natural-gas", "Natural gas", "ENERGY", ["gas alam", "gas bumi", "LNG", "gas alam cair"], ["natural gas", "liquefied natural gas"]),
  commodity("commodity:crude-oil", "Crude oil", "ENERGY", ["minyak mentah", "minyak bumi"], ["crude oil", "petroleum"]),
  commodity("commodity:hydrogen", "Hydrogen", "ENERGY", ["hidrogen", "hidrogen hijau"], ["hydrogen", "green hydrogen"]),
  commodity("commodity:biodiesel", "Biodiesel", "ENERGY", ["biodiesel", "B35", "B40", "B50"], ["biodiesel"]),
  commodity("commodity:palm-oil", "Palm oil", "PRODUCT", ["minyak sawit", "kelapa sawit", "CPO", "minyak sawit mentah"], ["palm oil", "crude palm oil"]),
  commodity("commodity:rubber", "Rubber", "PRODUCT", ["karet"], ["rubber"]),
  commodity("commodity:cement", "Cement", "PRODUCT", ["semen"], ["cement"]),
  commodity("commodity:fertiliser", "Fertiliser", "PRODUCT", ["pupuk"], ["fertiliser", "fertilizer"]),
  commodity("commodity:ammonia", "Ammonia", "PRODUCT", ["amonia"], ["ammonia"]),
  commodity("commodity:battery", "Battery", "PRODUCT", ["baterai", "baterai lithium", "baterai litium", "baterai kendaraan listrik", "sel baterai"], ["battery", "batteries", "lithium battery", "EV battery", "battery cell"]),
  commodity("commodity:battery-precursor", "Battery precursor", "PRODUCT", ["prekursor", "prekursor baterai"], ["precursor", "battery precursor"], { formOf: "commodity:battery" }),
  commodity("commodity:battery-cathode", "Battery cathode", "PRODUCT", ["katoda baterai", "katoda"], ["cathode", "battery cathode", "cathode active material"], { formOf: "commodity:battery" }),
  commodity("commodity:solar-panel", "Solar panels", "PRODUCT", ["panel surya", "modul surya", "sel surya"], ["solar panels", "solar modules", "solar cells"]),
  commodity("commodity:semiconductor", "Semiconductors", "PRODUCT", ["semikonduktor", "cip semikonduktor"], ["semiconductors", "semiconductor", "chips"]),
];

// Sectors, policies and themes of industrial news. Ids follow seed/data where it has the topic.
// prettier-ignore
const TOPICS: TopicTerm[] = [
  topic("topic:downstreaming", "Downstreaming", ["hilirisasi", "hilirisasi industri", "hilirisasi mineral", "hilirisasi produksi", "industri hilir"], ["downstreaming", "industrial downstreaming", "downstream industrialisation", "downstream processing"]),
  topic("topic:vertical-integration", "Upstream-to-downstream integration", ["integrasi hulu ke hilir", "integrasi hulu hilir", "dari hulu ke hilir", "hulu ke hilir"], ["vertical integration", "upstream-downstream integration", "upstream to downstream"]),
  topic("topic:green-industry", "Green industry", [ "industri hijau", "ekosistem industri hijau", "industri berbasis lingkungan", "industri ramah lingkungan", ], ["green industry", "green industrial ecosystem"]),
  topic("topic:critical-minerals", "Critical minerals", ["mineral kritis", "mineral strategis"], ["critical minerals", "critical raw materials", "strategic minerals"]),
  topic("topic:sustainable-industrial-development", "Sustainable industrial development", [ "pembangunan industri yang berkelanjutan", "pembangunan industri berkelanjutan", "industri berkelanjutan", "industri yang berkelanjutan", "infrastruktur industri yang berkelanjutan", ], [ "sustainable industrial development", "sustainable industry", "inclusive and sustainable industrial development", ]),
  topic("topic:eco-industrial-parks", "Eco-industrial parks", [ "kawasan industri berbasis lingkungan", "kawasan industri berwawasan lingkungan", "kawasan industri hijau", "kawasan industri ramah lingkungan", ], ["eco-industrial parks", "eco-industrial park", "green industrial estates"]),
  topic("topic:recycling", "Recycling", ["daur ulang"], ["recycling"]),
  topic("topic:battery-recycling", "Battery recycling", [ "daur ulang baterai", "daur ulang baterai lithium", "daur ulang baterai litium", "pengelolaan dan daur ulang baterai", ], ["battery recycling", "lithium battery recycling"]),
  topic("topic:electric-vehicles", "Electric vehicles", [ "kendaraan listrik", "mobil listrik", "motor listrik", "kendaraan bermotor listrik", "KBLBB", "ekosistem kendaraan listrik", ], ["electric vehicles", "electric vehicle", "EV", "EVs", "electric cars"]),
  topic("topic:supply-chain", "Supply chain", ["rantai pasok", "rantai pasokan", "rantai pasok industri", "rantai pasok global"], ["supply chain", "supply chains"]),
  topic("topic:technology-transfer", "Technology transfer", ["transfer teknologi", "alih teknologi"], ["technology transfer"]),
  topic("topic:technical-assistance", "Technical assistance", ["pendampingan teknis", "bantuan teknis", "asistensi teknis"], ["technical assistance", "technical support"]),
  topic("topic:capacity-building", "Capacity building", [ "peningkatan kapasitas", "pelatihan", "peningkatan kompetensi", "pengembangan sumber daya manusia", "pengembangan SDM", ], ["capacity building", "training", "human resource development"]),
  topic("topic:digitalisation", "Digitalisation", ["digitalisasi", "digitalisasi industri", "transformasi digital", "industri 4.0", "making indonesia 4.0"], ["digitalisation", "digitalization", "digital transformation", "industry 4.0"]),
  topic("topic:circular-economy", "Circular economy", ["ekonomi sirkular"], ["circular economy"]),
  topic("topic:renewable-energy", "Renewable energy", ["energi baru terbarukan", "energi terbarukan", "EBT", "energi baru dan terbarukan", "energi bersih"], ["renewable energy", "new and renewable energy", "clean energy"]),
  topic("topic:energy-transition", "Energy transition", ["transisi energi"], ["energy transition"]),
  topic("topic:energy-efficiency", "Energy efficiency", ["efisiensi energi", "konservasi energi"], ["energy efficiency", "energy conservation"]),
  topic("topic:decarbonisation", "Decarbonisation", [ "dekarbonisasi", "pengurangan emisi", "emisi karbon", "net zero emission", "NZE", "emisi gas rumah kaca", ], ["decarbonisation", "decarbonization", "emission reduction", "carbon emissions", "net zero"]),
  topic("topic:photovoltaic", "Photovoltaics", ["fotovoltaik", "photovoltaic", "tenaga surya", "energi surya"], ["photovoltaics", "solar PV", "solar power"]),
  topic("topic:foreign-investment", "Foreign investment", ["investasi asing", "penanaman modal asing", "PMA"], ["foreign investment", "foreign direct investment", "FDI"]),
  topic("topic:investment", "Investment", ["investasi", "penanaman modal", "berinvestasi"], ["investment"], {
    generic: true,
  }),
  topic("topic:exports", "Exports", ["ekspor"], ["exports", "export"], { generic: true }),
  topic("topic:imports", "Imports", ["impor"], ["imports", "import"], { generic: true }),
  topic("topic:export-ban", "Export ban", ["larangan ekspor", "pelarangan ekspor"], ["export ban"]),
  topic("topic:import-substitution", "Import substitution", ["substitusi impor"], ["import substitution"]),
  topic("topic:local-content", "Local content", ["tingkat komponen dalam negeri", "TKDN", "kandungan lokal"], ["local content", "local content requirement"]),
  topic("topic:value-added", "Value added", ["nilai tambah"], ["value added", "added value"], {
    generic: true,
  }),
  topic("topic:mining", "Mineral and coal mining", [ "pertambangan mineral dan batu bara", "pertambangan mineral dan batubara", "pertambangan", "minerba", "tambang", ], ["mining", "mineral and coal mining"]),
  topic("topic:smelter-governance", "Smelter governance", ["tata kelola smelter"], ["smelter governance"]),
  topic("topic:industrial-structure", "Industrial structure deepening", [ "peningkatan struktur industri", "pendalaman struktur industri", "struktur industri", "kedalaman industri", ], ["industrial structure", "industrial deepening"]),
  topic("topic:manufacturing", "Manufacturing", ["industri manufaktur", "manufaktur", "industri pengolahan"], ["manufacturing", "manufacturing industry"], { generic: true }),
  topic("topic:msmes", "Micro, small and medium enterprises", [ "UMKM", "usaha mikro, kecil, dan menengah", "IKM", "industri kecil dan menengah", "industri kecil menengah", ], ["MSMEs", "SMEs", "small and medium industries"]),
  topic("topic:csr", "Corporate social responsibility", ["CSR", "tanggung jawab sosial perusahaan", "TJSL", "tanggung jawab sosial dan lingkungan"], ["corporate social responsibility"], { generic: true }),
  topic("topic:raw-material-supply", "Raw material supply", ["ketersediaan bahan baku", "pasokan bahan baku", "bahan baku"], ["raw material supply", "raw material availability", "raw materials"]),
  topic("topic:logistics", "Logistics", ["logistik", "kesulitan logistik"], ["logistics", "shipping"]),
  topic("topic:covid-19-pandemic", "COVID-19 pandemic", ["pandemi covid-19", "covid-19", "pandemi", "virus corona"], ["COVID-19 pandemic", "coronavirus", "coronavirus pandemic"]),
  topic("topic:health-protocols", "Health protocols", ["protokol kesehatan", "prokes"], ["health protocols"]),
  topic("topic:standardisation", "Standardisation", ["standardisasi", "standarisasi", "standar nasional indonesia", "SNI"], ["standardisation", "standardization", "Indonesian National Standard"]),
  topic("topic:industrial-workforce", "Industrial workforce", ["tenaga kerja", "tenaga kerja industri", "penyerapan tenaga kerja", "lapangan kerja"], ["workforce", "employment", "jobs"], { generic: true }),
  topic("topic:higher-education", "Higher education", ["perguruan tinggi", "pendidikan tinggi", "universitas", "kampus"], ["higher education", "universities", "university"], { generic: true }),
  topic("topic:food-security", "Food security", ["ketahanan pangan"], ["food security"]),
  topic("topic:energy-security", "Energy security", ["ketahanan energi"], ["energy security"]),
  topic("topic:special-economic-zones", "Special economic zones", ["kawasan ekonomi khusus", "KEK"], ["special economic zones", "special economic zone", "SEZ"]),
  topic("topic:national-strategic-projects", "National strategic projects", ["proyek strategis nasional", "PSN"], ["national strategic projects", "national strategic project"]),
  topic("topic:carbon-trading", "Carbon trading", ["perdagangan karbon", "bursa karbon", "pajak karbon", "nilai ekonomi karbon"], ["carbon trading", "carbon market", "carbon tax", "carbon pricing"]),
  topic("topic:petrochemicals", "Petrochemicals", ["petrokimia", "industri petrokimia"], ["petrochemicals", "petrochemical industry"]),
  topic("topic:automotive-industry", "Automotive industry", ["industri otomotif", "otomotif"], ["automotive industry", "automotive"]),
  topic("topic:textile-industry", "Textile industry", ["industri tekstil", "tekstil dan produk tekstil", "TPT"], ["textile industry", "textiles"]),
];

// prettier-ignore
const INSTRUMENTS: InstrumentTerm[] = [
  instrument("instrument:cooperation", "Cooperation", ["kerja sama", "kerjasama", "bekerja sama", "kolaborasi", "sinergi"], ["cooperation", "collaboration", "synergy"]),
  instrument("instrument:cooperation-agreement", "Cooperation agreement", ["perjanjian kerja sama", "perjanjian kerjasama", "PKS"], ["cooperation agreement"]),
  instrument("instrument:memorandum-of-understanding", "Memorandum of understanding", ["nota kesepahaman", "MoU", "MOU", "memorandum of understanding", "memorandum saling pengertian"], ["memorandum of understanding", "MoU"]),
  instrument("instrument:agreement", "Agreement", ["perjanjian", "kesepakatan", "persetujuan"], ["agreement"]),
  instrument("instrument:contract", "Contract", ["kontrak", "perjanjian jual beli", "PJB"], ["contract", "sales and purchase agreement"]),
  instrument("instrument:letter-of-intent", "Letter of intent", ["surat pernyataan minat", "LoI", "LOI", "letter of intent"], ["letter of intent"]),
  instrument("instrument:heads-of-agreement", "Heads of agreement", ["HoA", "HOA", "heads of agreement", "head of agreement"], ["heads of agreement"]),
  instrument("instrument:joint-venture", "Joint venture", ["usaha patungan", "perusahaan patungan", "JV", "joint venture"], ["joint venture"]),
  instrument("instrument:partnership", "Partnership", ["kemitraan"], ["partnership"]),
  instrument("instrument:grant", "Grant", ["hibah"], ["grant"]),
  instrument("instrument:loan", "Loan", ["pinjaman", "kredit"], ["loan", "credit"]),
];

const unit = (id: string, en: string, type: OrganizationType): TitleTerm["unit"] => ({ id, en, type });

// Titles, longest first is not needed here: the matcher prefers the longest form wherever forms overlap.
// prettier-ignore
const TITLES: TitleTerm[] = [
  title("title:president", "President", ["Presiden"], ["President"]),
  title("title:vice-president", "Vice President", ["Wakil Presiden", "Wapres", "Vice President", "VP"], ["Vice President"]),
  title("title:coordinating-minister", "Coordinating Minister", ["Menteri Koordinator", "Menko"], ["Coordinating Minister"], unit("Kementerian Koordinator", "Coordinating Ministry", "MINISTRY")),
  title("title:minister", "Minister", ["Menteri"], ["Minister"], unit("Kementerian", "Ministry", "MINISTRY")),
  title("title:vice-minister", "Vice Minister", ["Wakil Menteri", "Wamen"], ["Vice Minister", "Deputy Minister"], unit("Kementerian", "Ministry", "MINISTRY")),
  title("title:director-general", "Director General", ["Direktur Jenderal", "Dirjen"], ["Director General", "Director-General"], unit("Direktorat Jenderal", "Directorate General", "DIRECTORATE_GENERAL")),
  title("title:secretary-general", "Secretary General", ["Sekretaris Jenderal", "Sekjen"], ["Secretary General", "Secretary-General"], unit("Sekretariat Jenderal", "Secretariat General", "SECRETARIAT_GENERAL")),
  title("title:inspector-general", "Inspector General", ["Inspektur Jenderal", "Irjen"], ["Inspector General"], unit("Inspektorat Jenderal", "Inspectorate General", "DIRECTORATE_GENERAL")),
  title("title:secretary-of-directorate-general", "Secretary of the Directorate General", ["Sekretaris Direktorat Jenderal", "Sesditjen"], []),
  title("title:director", "Director", ["Direktur"], ["Director"], unit("Direktorat", "Directorate", "DIRECTORATE_GENERAL")),
  title("title:president-director", "President Director", ["Direktur Utama", "Dirut", "Presiden Direktur", "Presdir"], ["President Director"]),
  title("title:vice-president-director", "Vice President Director", ["Wakil Direktur Utama", "Wadirut", "Wakil Presiden Direktur"], ["Vice President Director"]),
  title("title:managing-director", "Managing Director", ["Direktur Pelaksana"], ["Managing Director"]),
  title("title:executive-director", "Executive Director", ["Direktur Eksekutif"], ["Executive Director"]),
  title("title:finance-director", "Finance Director", ["Direktur Keuangan"], ["Finance Director", "Chief Financial Officer", "CFO"]),
  title("title:operations-director", "Operations Director", ["Direktur Operasi", "Direktur Operasional", "Direktur Produksi"], ["Operations Director", "Chief Operating Officer", "COO"]),
  title("title:business-director", "Business Development Director", ["Direktur Pengembangan Usaha", "Direktur Pengembangan Bisnis", "Direktur Bisnis"], ["Business Development Director"]),
  title("title:hr-director", "Human Resources Director", ["Direktur SDM", "Direktur Sumber Daya Manusia", "Direktur Human Capital"], ["Human Resources Director"]),
  title("title:ceo", "Chief Executive Officer", ["CEO"], ["CEO", "Chief Executive Officer", "Group CEO"]),
  title("title:chairman", "Chairman", ["Ketua", "Ketua Umum", "Ketum", "Chairman"], ["Chairman", "Chair", "Chairperson"]),
  title("title:vice-chairman", "Vice Chairman", ["Wakil Ketua", "Wakil Ketua Umum", "Waketum"], ["Vice Chairman", "Vice Chair"]),
  title("title:president-commissioner", "President Commissioner", ["Komisaris Utama", "Presiden Komisaris"], ["President Commissioner"]),
  title("title:commissioner", "Commissioner", ["Komisaris", "Komisaris Independen"], ["Commissioner"]),
  title("title:corporate-secretary", "Corporate Secretary", ["Sekretaris Perusahaan", "Corporate Secretary", "Corsec"], ["Corporate Secretary"]),
  title("title:secretary", "Secretary", ["Sekretaris"], ["Secretary"]),
  title("title:general-manager", "General Manager", ["General Manager", "GM", "Manajer Umum"], ["General Manager"]),
  title("title:senior-vice-president", "Senior Vice President", ["Senior Vice President", "SVP"], ["Senior Vice President"]),
  title("title:manager", "Manager", ["Manajer", "Manager"], ["Manager"]),
  title("title:head", "Head", ["Kepala"], ["Head", "Chief"]),
  title("title:deputy-head", "Deputy Head", ["Wakil Kepala"], ["Deputy Head"]),
  title("title:head-of-agency", "Head of Agency", ["Kepala Badan"], ["Head of Agency"], unit("Badan", "Agency", "GOVERNMENT")),
  title("title:head-of-office", "Head of Provincial/Regional Office", ["Kepala Dinas", "Kadis"], ["Head of Office"], unit("Dinas", "Office", "GOVERNMENT")),
  title("title:head-of-bureau", "Head of Bureau", ["Kepala Biro", "Karo"], ["Head of Bureau"], unit("Biro", "Bureau", "GOVERNMENT")),
  title("title:head-of-centre", "Head of Centre", ["Kepala Pusat", "Kapus"], ["Head of Centre"], unit("Pusat", "Centre", "GOVERNMENT")),
  title("title:deputy", "Deputy", ["Deputi", "Asisten Deputi", "Asdep"], ["Deputy", "Assistant Deputy"]),
  title("title:expert-staff", "Expert Staff", ["Staf Ahli", "Staf Khusus", "Stafsus"], ["Expert Staff", "Special Staff"]),
  title("title:governor", "Governor", ["Gubernur"], ["Governor"], unit("Pemerintah Provinsi", "Provincial Government", "GOVERNMENT")),
  title("title:vice-governor", "Vice Governor", ["Wakil Gubernur", "Wagub"], ["Vice Governor"], unit("Pemerintah Provinsi", "Provincial Government", "GOVERNMENT")),
  title("title:regent", "Regent", ["Bupati"], ["Regent"], unit("Pemerintah Kabupaten", "Regency Government", "GOVERNMENT")),
  title("title:vice-regent", "Vice Regent", ["Wakil Bupati", "Wabup"], ["Vice Regent"], unit("Pemerintah Kabupaten", "Regency Government", "GOVERNMENT")),
  title("title:mayor", "Mayor", ["Wali Kota", "Walikota", "Wali Kota Administrasi"], ["Mayor"], unit("Pemerintah Kota", "City Government", "GOVERNMENT")),
  title("title:vice-mayor", "Vice Mayor", ["Wakil Wali Kota", "Wakil Walikota", "Wawali"], ["Vice Mayor"], unit("Pemerintah Kota", "City Government", "GOVERNMENT")),
  title("title:district-head", "District Head", ["Camat"], ["District Head"]),
  title("title:village-head", "Village Head", ["Kepala Desa", "Kades", "Lurah"], ["Village Head"]),
  title("title:ambassador", "Ambassador", ["Duta Besar", "Dubes"], ["Ambassador"]),
  title("title:consul-general", "Consul General", ["Konsul Jenderal", "Konjen"], ["Consul General"]),
  title("title:rector", "Rector", ["Rektor"], ["Rector"]),
  title("title:dean", "Dean", ["Dekan"], ["Dean"]),
  title("title:professor", "Professor", ["Guru Besar"], ["Professor"]),
  title("title:lecturer", "Lecturer", ["Dosen"], ["Lecturer"]),
  title("title:researcher", "Researcher", ["Peneliti"], ["Researcher"]),
  title("title:economist", "Economist", ["Ekonom"], ["Economist"]),
  title("title:analyst", "Analyst", ["Analis"], ["Analyst"]),
  title("title:spokesperson", "Spokesperson", ["Juru Bicara", "Jubir"], ["Spokesperson", "Spokesman"]),
  title("title:coordinator", "Coordinator", ["Koordinator"], ["Coordinator"]),
  title("title:founder", "Founder", ["Pendiri"], ["Founder"]),
  title("title:member", "Member", ["Anggota"], ["Member"]),
  title("title:acting", "Acting (Plt.)", ["Plt", "Pelaksana Tugas", "Pj", "Penjabat"], ["Acting"]),
  title("title:country-director", "Country Director", ["Country Director", "Country Representative"], ["Country Director"]),
  title("title:community-figure", "Community Figure", ["Tokoh Masyarakat", "Tokoh Adat", "Tokoh Agama"], ["Community Figure", "Community Leader"]),
];

// prettier-ignore
const FACILITIES: FacilityTerm[] = [
  facility("facility-type:smelter", "Smelter", "SMELTER", ["smelter", "pabrik peleburan", "fasilitas pemurnian", "fasilitas pengolahan dan pemurnian", "peleburan"], ["smelter", "smelting plant"]),
  facility("facility-type:refinery", "Refinery", "REFINERY", ["kilang", "refinery", "pabrik pemurnian", "pemurnian"], ["refinery"]),
  facility("facility-type:power-plant", "Power plant", "POWER_PLANT", [ "pembangkit listrik", "PLTU", "PLTA", "PLTS", "PLTG", "PLTGU", "PLTP", "PLTB", "PLTD", "PLTMG", "pembangkit", ], ["power plant", "power station"]),
  facility("facility-type:industrial-park", "Industrial park", "INDUSTRIAL_PARK", ["kawasan industri", "kawasan", "KI"], ["industrial park", "industrial estate", "industrial zone"]),
  facility("facility-type:plant", "Plant", "PLANT", ["pabrik", "fasilitas produksi"], ["plant", "factory", "mill"]),
];

export const TERMS: readonly Term[] = [...COMMODITIES, ...TOPICS, ...INSTRUMENTS, ...TITLES, ...FACILITIES];
