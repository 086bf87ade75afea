/**
 * Building blocks for the synthetic benchmark corpus: real country, region and city names,
 * invented or generic roles, and sentence templates in press-release style. Slots are
 * written {like_this} and filled by corpus.ts.
 */

export interface Party {
  country: string;
  demonym: string;
  capital: string;
  cities: string[];
  leaders: Array<[title: string, name: string]>;
  currency: [code: string, word: string];
}

export const PARTIES: Party[] = [
  { country: 'Belarus', demonym: 'Belarusian', capital: 'Minsk', cities: ['Gomel', 'Mogilev', 'Brest', 'Grodno', 'Vitebsk'], leaders: [['President', 'Aleksandr Lukashenko'], ['Prime Minister', 'Roman Golovchenko'], ['Foreign Minister', 'Sergei Aleinik']], currency: ['BYN', 'Belarusian rubles'] },
  { country: 'Russia', demonym: 'Russian', capital: 'Moscow', cities: ['Kazan', 'Yekaterinburg', 'Irkutsk', 'Novosibirsk', 'Samara'], leaders: [['President', 'Vladimir Putin'], ['Prime Minister', 'Mikhail Mishustin'], ['Foreign Minister', 'Sergey Lavrov']], currency: ['RUB', 'rubles'] },
  { country: 'China', demonym: 'Chinese', capital: 'Beijing', cities: ['Shanghai', 'Chengdu', 'Wuhan', 'Xi\'an', 'Harbin'], leaders: [['President', 'Xi Jinping'], ['Premier', 'Li Qiang'], ['Foreign Minister', 'Wang Yi']], currency: ['CNY', 'yuan'] },
  { country: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana', cities: ['Almaty', 'Shymkent', 'Karaganda', 'Aktobe'], leaders: [['President', 'Kassym-Jomart Tokayev'], ['Prime Minister', 'Olzhas Bektenov'], ['Foreign Minister', 'Murat Nurtleu']], currency: ['KZT', 'tenge'] },
  { country: 'Germany', demonym: 'German', capital: 'Berlin', cities: ['Hamburg', 'Munich', 'Leipzig', 'Cologne'], leaders: [['Chancellor', 'Olaf Scholz'], ['Federal President', 'Frank-Walter Steinmeier'], ['Foreign Minister', 'Annalena Baerbock']], currency: ['EUR', 'euros'] },
  { country: 'India', demonym: 'Indian', capital: 'New Delhi', cities: ['Mumbai', 'Chennai', 'Kolkata', 'Bengaluru'], leaders: [['Prime Minister', 'Narendra Modi'], ['External Affairs Minister', 'Subrahmanyam Jaishankar']], currency: ['INR', 'rupees'] },
  { country: 'Japan', demonym: 'Japanese', capital: 'Tokyo', cities: ['Osaka', 'Nagoya', 'Hiroshima', 'Sapporo'], leaders: [['Prime Minister', 'Fumio Kishida'], ['Foreign Minister', 'Yoko Kamikawa']], currency: ['JPY', 'yen'] },
  { country: 'the United States', demonym: 'American', capital: 'Washington', cities: ['New York', 'Chicago', 'Houston', 'Seattle'], leaders: [['President', 'Joe Biden'], ['Secretary of State', 'Antony Blinken']], currency: ['USD', 'dollars'] },
  { country: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia', cities: ['Sao Paulo', 'Rio de Janeiro', 'Recife', 'Manaus'], leaders: [['President', 'Luiz Inácio Lula da Silva'], ['Foreign Minister', 'Mauro Vieira']], currency: ['BRL', 'reais'] },
  { country: 'South Africa', demonym: 'South African', capital: 'Pretoria', cities: ['Johannesburg', 'Cape Town', 'Durban'], leaders: [['President', 'Cyril Ramaphosa'], ['Minister of International Relations', 'Naledi Pandor']], currency: ['ZAR', 'rand'] },
  { country: 'Türkiye', demonym: 'Turkish', capital: 'Ankara', cities: ['Istanbul', 'Izmir', 'Bursa', 'Antalya'], leaders: [['President', 'Recep Tayyip Erdoğan'], ['Foreign Minister', 'Hakan Fidan']], currency: ['TRY', 'lira'] },
  { country: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', cities: ['Alexandria', 'Port Said', 'Luxor'], leaders: [['President', 'Abdel Fattah el-Sisi'], ['Foreign Minister', 'Sameh Shoukry']], currency: ['EGP', 'Egyptian pounds'] },
  { country: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi', cities: ['Ho Chi Minh City', 'Da Nang', 'Hai Phong'], leaders: [['Prime Minister', 'Pham Minh Chinh'], ['Foreign Minister', 'Bui Thanh Son']], currency: ['VND', 'dong'] },
  { country: 'Uzbekistan', demonym: 'Uzbek', capital: 'Tashkent', cities: ['Samarkand', 'Bukhara', 'Namangan', 'Andijan'], leaders: [['President', 'Shavkat Mirziyoyev'], ['Foreign Minister', 'Bakhtiyor Saidov']], currency: ['UZS', 'soums'] },
  { country: 'Serbia', demonym: 'Serbian', capital: 'Belgrade', cities: ['Novi Sad', 'Nis', 'Kragujevac'], leaders: [['President', 'Aleksandar Vučić'], ['Prime Minister', 'Ana Brnabić']], currency: ['RSD', 'dinars'] },
  { country: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta', cities: ['Surabaya', 'Bandung', 'Medan'], leaders: [['President', 'Joko Widodo'], ['Foreign Minister', 'Retno Marsudi']], currency: ['IDR', 'rupiah'] },
  { country: 'Hungary', demonym: 'Hungarian', capital: 'Budapest', cities: ['Debrecen', 'Szeged', 'Pecs'], leaders: [['Prime Minister', 'Viktor Orbán'], ['Foreign Minister', 'Péter Szijjártó']], currency: ['HUF', 'forints'] },
  { country: 'Azerbaijan', demonym: 'Azerbaijani', capital: 'Baku', cities: ['Ganja', 'Sumgait'], leaders: [['President', 'Ilham Aliyev'], ['Foreign Minister', 'Jeyhun Bayramov']], currency: ['AZN', 'manats'] },
];

/** Russian regions with the capital of each; the governors' names are generated. */
export const REGIONS: Array<[region: string, centre: string]> = [
  ['Irkutsk Oblast', 'Irkutsk'], ['Tula Oblast', 'Tula'], ['Sverdlovsk Oblast', 'Yekaterinburg'],
  ['Nizhny Novgorod Oblast', 'Nizhny Novgorod'], ['Novosibirsk Oblast', 'Novosibirsk'],
  ['the Republic of Tatarstan', 'Kazan'], ['the Republic of Bashkortostan', 'Ufa'], ['Omsk Oblast', 'Omsk'],
  ['Krasnoyarsk Krai', 'Krasnoyarsk'], ['Samara Oblast', 'Samara'], ['Yaroslavl Oblast', 'Yaroslavl'],
  ['Kaluga Oblast', 'Kaluga'], ['Pskov Oblast', 'Pskov'], ['Smolensk Oblast', 'Smolensk'],
  ['Bryansk Oblast', 'Bryansk'], ['Primorsky Krai', 'Vladivostok'], ['Khabarovsk Krai', 'Khabarovsk'],
  ['Chelyabinsk Oblast', 'Chelyabinsk'], ['Tyumen Oblast', 'Tyumen'], ['Perm Krai', 'Perm'],
];

export const GIVEN = ['Igor', 'Sergei', 'Alexei', 'Dmitry', 'Andrei', 'Mikhail', 'Vladimir', 'Oleg', 'Yevgeny', 'Pavel', 'Nikolai', 'Anna', 'Olga', 'Irina', 'Yelena', 'Natalia', 'Marat', 'Rustam', 'Gleb', 'Viktor'];
export const FAMILY = ['Kobzev', 'Petrov', 'Sokolov', 'Morozov', 'Volkov', 'Lebedev', 'Kozlov', 'Novikov', 'Orlov', 'Zaitsev', 'Belov', 'Gusev', 'Titov', 'Karpov', 'Frolov', 'Nikitin', 'Sorokin', 'Yegorov', 'Makarov', 'Zhukov'];
export const FEMININE: Record<string, true> = { Anna: true, Olga: true, Irina: true, Yelena: true, Natalia: true };

export const PRODUCTS = ['tractors', 'trucks', 'buses', 'lifts', 'potash fertilisers', 'dairy products', 'timber', 'machine tools', 'pharmaceuticals', 'grain', 'furniture', 'optical equipment', 'mining machinery', 'electric vehicles', 'textiles', 'rolled metal'];
export const SECTORS = ['industry', 'agriculture', 'education', 'healthcare', 'tourism', 'logistics', 'energy', 'science', 'culture', 'information technology', 'transport'];
export const COMPANIES = ['MTZ', 'BelAZ', 'MAZ', 'Gomselmash', 'Belshina', 'KAMAZ', 'Uralmash', 'Rosatom', 'Sinopec', 'Siemens', 'Tata Motors', 'Toyota', 'Embraer', 'Sasol', 'Koç Holding', 'Vingroup', 'Uzauto Motors', 'NIS'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const SOURCES = ['Press Service of the President', 'Ministry of Foreign Affairs', 'Regional Government Press Office', 'National News Agency', 'Business Daily', 'Embassy Press Release'];

/** Opening sentences: who met whom, where and when. */
export const OPENINGS = [
  '{a_title} of {a_country} {a_name} met with {b_title} of {b_country} {b_name} in {place} on {day} {month}.',
  '{a_name}, {a_title} of {a_country}, held talks with {b_demonym} {b_title} {b_name} in {place} on {weekday}.',
  '{a_title} {a_name} had a telephone conversation with {b_title} of {b_country} {b_name} on {day} {month}.',
  '{b_title} of {b_country} {b_name} arrived in {place} on an official visit at the invitation of {a_title} {a_name}.',
  'Governor of {region} {gov_name} received a delegation of {a_country} led by {a_title} {a_name} on {weekday}.',
  '{a_country} and {region} intend to expand cooperation in {sector}, {gov_name}, the governor of {region}, said after talks in {centre} on {day} {month}.',
  '{place}, {day} {month} – {a_demonym} and {b_demonym} officials signed {count} documents on {sector} and {sector2} following negotiations between {a_name} and {b_name}.',
];

/** Figures about trade, investment and growth. */
export const FIGURES = [
  'Trade between {a_country} and {b_country} reached ${money} in {year}, up {pct}% year on year.',
  'According to {a_name}, mutual trade grew {ratio} times over the past {small} years and exceeded {money_words}.',
  'In {year} the volume of trade fell by {pct}% to {cur_code} {amount}, mainly because of lower prices for {product}.',
  'Exports of {a_demonym} {product} to {b_country} rose by {pct} percent in the first {small} months of {year}.',
  'The sides set a goal of bringing trade to ${money} by {year2}, almost {ratio} times the current level.',
  'Investment from {b_country} in the {a_demonym} economy amounted to about {money_words} last year.',
  '{company} plans to invest {cur_code} {amount} in a new plant in {city}, which will employ {count_big} people.',
  'The share of {product} in {a_demonym} exports to {b_country} stands at {pct}%.',
];

/** Quotes in several attribution styles. */
export const QUOTES = [
  '“We are ready to supply {product} and to build joint production of {product2} in {city},” {a_name} said.',
  '"Our relations have reached a new level, and we have to fill them with concrete projects," said {b_name}.',
  'According to {b_name}, {b_country} is interested in {a_demonym} {product} and {product2}.',
  '“Nobody should doubt our commitment. We will keep our word,” the {a_title_lower} stressed. He added that the first deliveries would start in {month}.',
  '{gov_name} noted that the region was ready to host a business forum. “Let us meet again in {month} and count the contracts,” he said.',
  '“The market of {region} is open for {a_demonym} partners,” {gov_name} told reporters.',
  '"This is a good example of how direct ties between regions work," {a_name} added.',
];

/** Agreements, promises, refusals, criticism and the like. */
export const OUTCOMES = [
  'The parties signed a road map for {year}-{year2} covering {sector}, {sector2} and {sector3}.',
  '{b_name} promised to consider the proposal to open a trade house in {city} before the end of the year.',
  'The {b_demonym} side declined to lower tariffs on {product}, saying the issue needed further study.',
  '{a_demonym} officials criticised the decision of {b_country} to restrict imports of {product}.',
  'The ministers agreed to hold the next meeting of the intergovernmental commission in {city} in {month} {year2}.',
  'The delegation also visited the {company} plant in {city} and a logistics centre near {centre}.',
  '{b_title} {b_name} invited {a_name} to visit {b_country} next year; the invitation was accepted with gratitude.',
  'The foreign ministry of {b_country} lodged a protest over the statement and summoned the {a_demonym} ambassador.',
];
