/**
 * Countries and world regions Indonesian industrial news names, with their Indonesian and English names.
 * Countries carry their ISO 3166-1 alpha-2 code; regions have none. The id is the one seed/data uses where it
 * has the place (place:china, place:amerika-serikat), otherwise the slug of the Indonesian name.
 * Acronyms ("AS", "RRT", "UEA") match letter for letter, names in any capitalisation of a proper noun.
 */
export interface CountryOrRegion {
  id: string;
  /** The name a draft proposes: the Indonesian one, as the articles write it. */
  name: string;
  /** ISO 3166-1 alpha-2; absent for regions. */
  iso?: string;
  names: string[];
}

const country = (iso: string, name: string, names: string[], id?: string): CountryOrRegion => ({
  id: id ?? `place:${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
  name,
  iso,
  names,
});
const region = (name: string, names: string[]): CountryOrRegion => ({
  id: `place:${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
  name,
  names,
});

// prettier-ignore
export const COUNTRIES: readonly CountryOrRegion[] = [
  country("ID", "Indonesia", ["Republik Indonesia", "RI", "NKRI", "Tanah Air", "Republic of Indonesia"]),
  country("CN", "China", ["Tiongkok", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China", "People's Republic of China", "PRC"], "place:china"),
  country("US", "Amerika Serikat", ["AS", "Amerika", "United States", "United States of America", "USA", "U.S."]),
  country("JP", "Jepang", ["Japan"]),
  country("KR", "Korea Selatan", ["Korsel", "Republik Korea", "South Korea", "Republic of Korea"]),
  country("KP", "Korea Utara", ["Korut", "North Korea"]),
  country("IN", "India", []),
  country("AU", "Australia", []),
  country("NZ", "Selandia Baru", ["New Zealand"]),
  country("SG", "Singapura", ["Singapore"]),
  country("MY", "Malaysia", []),
  country("TH", "Thailand", []),
  country("VN", "Vietnam", ["Viet Nam"]),
  country("PH", "Filipina", ["Philippines"]),
  country("BN", "Brunei Darussalam", ["Brunei"]),
  country("TL", "Timor Leste", ["Timor-Leste", "East Timor"]),
  country("PG", "Papua Nugini", ["Papua New Guinea", "PNG"]),
  country("MM", "Myanmar", []),
  country("KH", "Kamboja", ["Cambodia"]),
  country("LA", "Laos", []),
  country("TW", "Taiwan", []),
  country("HK", "Hong Kong", []),
  country("BD", "Bangladesh", []),
  country("PK", "Pakistan", []),
  country("LK", "Sri Lanka", []),
  country("SA", "Arab Saudi", ["Saudi Arabia"]),
  country("AE", "Uni Emirat Arab", ["UEA", "United Arab Emirates", "UAE"]),
  country("QA", "Qatar", ["Katar"]),
  country("KW", "Kuwait", []),
  country("TR", "Turki", ["Turkiye", "Türkiye", "Turkey"]),
  country("IR", "Iran", []),
  country("EG", "Mesir", ["Egypt"]),
  country("ZA", "Afrika Selatan", ["South Africa"]),
  country("NG", "Nigeria", []),
  country("GB", "Inggris", ["Britania Raya", "Kerajaan Inggris", "United Kingdom", "UK", "Britain"]),
  country("DE", "Jerman", ["Germany"]),
  country("FR", "Prancis", ["Perancis", "France"]),
  country("NL", "Belanda", ["Netherlands"]),
  country("BE", "Belgia", ["Belgium"]),
  country("IT", "Italia", ["Italy"]),
  country("ES", "Spanyol", ["Spain"]),
  country("PT", "Portugal", []),
  country("CH", "Swiss", ["Switzerland"]),
  country("AT", "Austria", []),
  country("SE", "Swedia", ["Sweden"]),
  country("NO", "Norwegia", ["Norway"]),
  country("FI", "Finlandia", ["Finland"]),
  country("DK", "Denmark", []),
  country("PL", "Polandia", ["Poland"]),
  country("CZ", "Ceko", ["Republik Ceko", "Czech Republic", "Czechia"]),
  country("UA", "Ukraina", ["Ukraine"]),
  country("RU", "Rusia", ["Russia", "Federasi Rusia"]),
  country("CA", "Kanada", ["Canada"]),
  country("MX", "Meksiko", ["Mexico"]),
  country("BR", "Brasil", ["Brazil"]),
  country("AR", "Argentina", []),
  country("CL", "Chili", ["Cile", "Chile"]),
  country("PE", "Peru", []),
];

// prettier-ignore
export const REGIONS: readonly CountryOrRegion[] = [
  region("Eropa", ["Europe", "Benua Eropa"]),
  region("Asia", []),
  region("Asia Tenggara", ["Southeast Asia", "Kawasan Asia Tenggara"]),
  region("Asia Timur", ["East Asia"]),
  region("Asia Pasifik", ["Asia-Pasifik", "Asia Pacific", "Asia-Pacific"]),
  region("Timur Tengah", ["Middle East"]),
  region("Afrika", ["Africa"]),
  region("Amerika Latin", ["Latin America"]),
  region("Amerika Utara", ["North America"]),
  region("Oseania", ["Oceania"]),
];
