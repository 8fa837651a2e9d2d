-- Reference data: every state, historical state, non-state actor and international organisation
-- that transfers can name as supplier or recipient, and the aliases by which reporting refers to them.
--
-- Sources:
--   * ISO 3166-1 (all 249 current entries, incl. dependent territories): alpha-3 code, alpha-2 code and
--     the ISO short and official names (as distributed in the Debian iso-codes data). The country
--     name is the common English short name a policy analyst expects ("North Korea", "Russia",
--     "Iran", "Syria", "Turkey", "Vietnam"); the ISO names are aliases.
--   * ISO 3166-3 for historical states: SUHH Soviet Union, CSHH Czechoslovakia, DDDE East Germany,
--     YUCS Yugoslavia, YDYE South Yemen, CSXX Serbia and Montenegro.
--   * SIPRI Arms Transfers Database trade register (export of 13 Mar 2025,
--     shared/fixtures/sipri/trade-register.csv): every distinct supplier and recipient name is a
--     'register_name' alias of exactly one country, spelt exactly as SIPRI writes it (a trailing "*"
--     marks a non-state actor, "**" an international organisation). The importer looks these up.
--   * Our own aliases: abbreviations, capitals, government metonyms, demonyms and former names.
--
-- Codes that no standard provides are our own "X-" codes: non-state actors, international
-- organisations, "unknown", and the few historical or unrecognised states that have no ISO code at
-- all (North Yemen, South Vietnam, Biafra, Katanga, Northern Cyprus), so that three- and four-letter
-- codes are only ever ISO ones. Kosovo uses XKX/XK, the user-assigned codes used by the EU and IMF.
--
-- Judgement calls:
--   * West Germany is not a separate country: the FRG is the same state as today's Germany (the GDR
--     acceded to it in 1990, ISO kept DE/DEU, and SIPRI records FRG deals under "Germany"). "West
--     Germany", "FRG" and SIPRI's older "West Germany (FRG)" are aliases of DEU.
--   * North Vietnam likewise is an alias of VNM (SIPRI: "Viet Nam"); South Vietnam is its own country.
--   * Aliases ambiguous between countries are given to neither or to one only: "Korea"/"Korean" to
--     neither Korea; "Congo" only as SIPRI's register name for the Republic of the Congo and
--     "Congolese" to neither; "Dominican" to the Dominican Republic only; "Brussels" to the EU, not
--     Belgium; "AU" stays Australia's ISO code (not the African Union); "PRC" is China's.
--   * Capitals that far more often mean another place are left out (Hamilton, Victoria, Plymouth,
--     Douglas, Saint-Denis, Norfolk Island's Kingston, "Male" without its accent).
--   * Jerusalem is Israel's (seat of government, as reporting uses it); Palestine has Ramallah.
--
-- The schema lets two countries share an alias; this file gives each normalised alias to one country
-- only.

insert into country (code, name, kind, iso_alpha2) values
    -- States (ISO 3166-1, plus Kosovo and Northern Cyprus)
    ('ABW', 'Aruba', 'state', 'AW'),
    ('AFG', 'Afghanistan', 'state', 'AF'),
    ('AGO', 'Angola', 'state', 'AO'),
    ('AIA', 'Anguilla', 'state', 'AI'),
    ('ALA', 'Åland Islands', 'state', 'AX'),
    ('ALB', 'Albania', 'state', 'AL'),
    ('AND', 'Andorra', 'state', 'AD'),
    ('ARE', 'United Arab Emirates', 'state', 'AE'),
    ('ARG', 'Argentina', 'state', 'AR'),
    ('ARM', 'Armenia', 'state', 'AM'),
    ('ASM', 'American Samoa', 'state', 'AS'),
    ('ATA', 'Antarctica', 'state', 'AQ'),
    ('ATF', 'French Southern Territories', 'state', 'TF'),
    ('ATG', 'Antigua and Barbuda', 'state', 'AG'),
    ('AUS', 'Australia', 'state', 'AU'),
    ('AUT', 'Austria', 'state', 'AT'),
    ('AZE', 'Azerbaijan', 'state', 'AZ'),
    ('BDI', 'Burundi', 'state', 'BI'),
    ('BEL', 'Belgium', 'state', 'BE'),
    ('BEN', 'Benin', 'state', 'BJ'),
    ('BES', 'Caribbean Netherlands', 'state', 'BQ'),
    ('BFA', 'Burkina Faso', 'state', 'BF'),
    ('BGD', 'Bangladesh', 'state', 'BD'),
    ('BGR', 'Bulgaria', 'state', 'BG'),
    ('BHR', 'Bahrain', 'state', 'BH'),
    ('BHS', 'Bahamas', 'state', 'BS'),
    ('BIH', 'Bosnia and Herzegovina', 'state', 'BA'),
    ('BLM', 'Saint Barthélemy', 'state', 'BL'),
    ('BLR', 'Belarus', 'state', 'BY'),
    ('BLZ', 'Belize', 'state', 'BZ'),
    ('BMU', 'Bermuda', 'state', 'BM'),
    ('BOL', 'Bolivia', 'state', 'BO'),
    ('BRA', 'Brazil', 'state', 'BR'),
    ('BRB', 'Barbados', 'state', 'BB'),
    ('BRN', 'Brunei', 'state', 'BN'),
    ('BTN', 'Bhutan', 'state', 'BT'),
    ('BVT', 'Bouvet Island', 'state', 'BV'),
    ('BWA', 'Botswana', 'state', 'BW'),
    ('CAF', 'Central African Republic', 'state', 'CF'),
    ('CAN', 'Canada', 'state', 'CA'),
    ('CCK', 'Cocos (Keeling) Islands', 'state', 'CC'),
    ('CHE', 'Switzerland', 'state', 'CH'),
    ('CHL', 'Chile', 'state', 'CL'),
    ('CHN', 'China', 'state', 'CN'),
    ('CIV', 'Côte d''Ivoire', 'state', 'CI'),
    ('CMR', 'Cameroon', 'state', 'CM'),
    ('COD', 'Democratic Republic of the Congo', 'state', 'CD'),
    ('COG', 'Republic of the Congo', 'state', 'CG'),
    ('COK', 'Cook Islands', 'state', 'CK'),
    ('COL', 'Colombia', 'state', 'CO'),
    ('COM', 'Comoros', 'state', 'KM'),
    ('CPV', 'Cabo Verde', 'state', 'CV'),
    ('CRI', 'Costa Rica', 'state', 'CR'),
    ('CUB', 'Cuba', 'state', 'CU'),
    ('CUW', 'Curaçao', 'state', 'CW'),
    ('CXR', 'Christmas Island', 'state', 'CX'),
    ('CYM', 'Cayman Islands', 'state', 'KY'),
    ('CYP', 'Cyprus', 'state', 'CY'),
    ('CZE', 'Czechia', 'state', 'CZ'),
    ('DEU', 'Germany', 'state', 'DE'),
    ('DJI', 'Djibouti', 'state', 'DJ'),
    ('DMA', 'Dominica', 'state', 'DM'),
    ('DNK', 'Denmark', 'state', 'DK'),
    ('DOM', 'Dominican Republic', 'state', 'DO'),
    ('DZA', 'Algeria', 'state', 'DZ'),
    ('ECU', 'Ecuador', 'state', 'EC'),
    ('EGY', 'Egypt', 'state', 'EG'),
    ('ERI', 'Eritrea', 'state', 'ER'),
    ('ESH', 'Western Sahara', 'state', 'EH'),
    ('ESP', 'Spain', 'state', 'ES'),
    ('EST', 'Estonia', 'state', 'EE'),
    ('ETH', 'Ethiopia', 'state', 'ET'),
    ('FIN', 'Finland', 'state', 'FI'),
    ('FJI', 'Fiji', 'state', 'FJ'),
    ('FLK', 'Falkland Islands', 'state', 'FK'),
    ('FRA', 'France', 'state', 'FR'),
    ('FRO', 'Faroe Islands', 'state', 'FO'),
    ('FSM', 'Micronesia', 'state', 'FM'),
    ('GAB', 'Gabon', 'state', 'GA'),
    ('GBR', 'United Kingdom', 'state', 'GB'),
    ('GEO', 'Georgia', 'state', 'GE'),
    ('GGY', 'Guernsey', 'state', 'GG'),
    ('GHA', 'Ghana', 'state', 'GH'),
    ('GIB', 'Gibraltar', 'state', 'GI'),
    ('GIN', 'Guinea', 'state', 'GN'),
    ('GLP', 'Guadeloupe', 'state', 'GP'),
    ('GMB', 'Gambia', 'state', 'GM'),
    ('GNB', 'Guinea-Bissau', 'state', 'GW'),
    ('GNQ', 'Equatorial Guinea', 'state', 'GQ'),
    ('GRC', 'Greece', 'state', 'GR'),
    ('GRD', 'Grenada', 'state', 'GD'),
    ('GRL', 'Greenland', 'state', 'GL'),
    ('GTM', 'Guatemala', 'state', 'GT'),
    ('GUF', 'French Guiana', 'state', 'GF'),
    ('GUM', 'Guam', 'state', 'GU'),
    ('GUY', 'Guyana', 'state', 'GY'),
    ('HKG', 'Hong Kong', 'state', 'HK'),
    ('HMD', 'Heard Island and McDonald Islands', 'state', 'HM'),
    ('HND', 'Honduras', 'state', 'HN'),
    ('HRV', 'Croatia', 'state', 'HR'),
    ('HTI', 'Haiti', 'state', 'HT'),
    ('HUN', 'Hungary', 'state', 'HU'),
    ('IDN', 'Indonesia', 'state', 'ID'),
    ('IMN', 'Isle of Man', 'state', 'IM'),
    ('IND', 'India', 'state', 'IN'),
    ('IOT', 'British Indian Ocean Territory', 'state', 'IO'),
    ('IRL', 'Ireland', 'state', 'IE'),
    ('IRN', 'Iran', 'state', 'IR'),
    ('IRQ', 'Iraq', 'state', 'IQ'),
    ('ISL', 'Iceland', 'state', 'IS'),
    ('ISR', 'Israel', 'state', 'IL'),
    ('ITA', 'Italy', 'state', 'IT'),
    ('JAM', 'Jamaica', 'state', 'JM'),
    ('JEY', 'Jersey', 'state', 'JE'),
    ('JOR', 'Jordan', 'state', 'JO'),
    ('JPN', 'Japan', 'state', 'JP'),
    ('KAZ', 'Kazakhstan', 'state', 'KZ'),
    ('KEN', 'Kenya', 'state', 'KE'),
    ('KGZ', 'Kyrgyzstan', 'state', 'KG'),
    ('KHM', 'Cambodia', 'state', 'KH'),
    ('KIR', 'Kiribati', 'state', 'KI'),
    ('KNA', 'Saint Kitts and Nevis', 'state', 'KN'),
    ('KOR', 'South Korea', 'state', 'KR'),
    ('KWT', 'Kuwait', 'state', 'KW'),
    ('LAO', 'Laos', 'state', 'LA'),
    ('LBN', 'Lebanon', 'state', 'LB'),
    ('LBR', 'Liberia', 'state', 'LR'),
    ('LBY', 'Libya', 'state', 'LY'),
    ('LCA', 'Saint Lucia', 'state', 'LC'),
    ('LIE', 'Liechtenstein', 'state', 'LI'),
    ('LKA', 'Sri Lanka', 'state', 'LK'),
    ('LSO', 'Lesotho', 'state', 'LS'),
    ('LTU', 'Lithuania', 'state', 'LT'),
    ('LUX', 'Luxembourg', 'state', 'LU'),
    ('LVA', 'Latvia', 'state', 'LV'),
    ('MAC', 'Macao', 'state', 'MO'),
    ('MAF', 'Saint Martin', 'state', 'MF'),
    ('MAR', 'Morocco', 'state', 'MA'),
    ('MCO', 'Monaco', 'state', 'MC'),
    ('MDA', 'Moldova', 'state', 'MD'),
    ('MDG', 'Madagascar', 'state', 'MG'),
    ('MDV', 'Maldives', 'state', 'MV'),
    ('MEX', 'Mexico', 'state', 'MX'),
    ('MHL', 'Marshall Islands', 'state', 'MH'),
    ('MKD', 'North Macedonia', 'state', 'MK'),
    ('MLI', 'Mali', 'state', 'ML'),
    ('MLT', 'Malta', 'state', 'MT'),
    ('MMR', 'Myanmar', 'state', 'MM'),
    ('MNE', 'Montenegro', 'state', 'ME'),
    ('MNG', 'Mongolia', 'state', 'MN'),
    ('MNP', 'Northern Mariana Islands', 'state', 'MP'),
    ('MOZ', 'Mozambique', 'state', 'MZ'),
    ('MRT', 'Mauritania', 'state', 'MR'),
    ('MSR', 'Montserrat', 'state', 'MS'),
    ('MTQ', 'Martinique', 'state', 'MQ'),
    ('MUS', 'Mauritius', 'state', 'MU'),
    ('MWI', 'Malawi', 'state', 'MW'),
    ('MYS', 'Malaysia', 'state', 'MY'),
    ('MYT', 'Mayotte', 'state', 'YT'),
    ('NAM', 'Namibia', 'state', 'NA'),
    ('NCL', 'New Caledonia', 'state', 'NC'),
    ('NER', 'Niger', 'state', 'NE'),
    ('NFK', 'Norfolk Island', 'state', 'NF'),
    ('NGA', 'Nigeria', 'state', 'NG'),
    ('NIC', 'Nicaragua', 'state', 'NI'),
    ('NIU', 'Niue', 'state', 'NU'),
    ('NLD', 'Netherlands', 'state', 'NL'),
    ('NOR', 'Norway', 'state', 'NO'),
    ('NPL', 'Nepal', 'state', 'NP'),
    ('NRU', 'Nauru', 'state', 'NR'),
    ('NZL', 'New Zealand', 'state', 'NZ'),
    ('OMN', 'Oman', 'state', 'OM'),
    ('PAK', 'Pakistan', 'state', 'PK'),
    ('PAN', 'Panama', 'state', 'PA'),
    ('PCN', 'Pitcairn Islands', 'state', 'PN'),
    ('PER', 'Peru', 'state', 'PE'),
    ('PHL', 'Philippines', 'state', 'PH'),
    ('PLW', 'Palau', 'state', 'PW'),
    ('PNG', 'Papua New Guinea', 'state', 'PG'),
    ('POL', 'Poland', 'state', 'PL'),
    ('PRI', 'Puerto Rico', 'state', 'PR'),
    ('PRK', 'North Korea', 'state', 'KP'),
    ('PRT', 'Portugal', 'state', 'PT'),
    ('PRY', 'Paraguay', 'state', 'PY'),
    ('PSE', 'Palestine', 'state', 'PS'),
    ('PYF', 'French Polynesia', 'state', 'PF'),
    ('QAT', 'Qatar', 'state', 'QA'),
    ('REU', 'Réunion', 'state', 'RE'),
    ('ROU', 'Romania', 'state', 'RO'),
    ('RUS', 'Russia', 'state', 'RU'),
    ('RWA', 'Rwanda', 'state', 'RW'),
    ('SAU', 'Saudi Arabia', 'state', 'SA'),
    ('SDN', 'Sudan', 'state', 'SD'),
    ('SEN', 'Senegal', 'state', 'SN'),
    ('SGP', 'Singapore', 'state', 'SG'),
    ('SGS', 'South Georgia and the South Sandwich Islands', 'state', 'GS'),
    ('SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'state', 'SH'),
    ('SJM', 'Svalbard and Jan Mayen', 'state', 'SJ'),
    ('SLB', 'Solomon Islands', 'state', 'SB'),
    ('SLE', 'Sierra Leone', 'state', 'SL'),
    ('SLV', 'El Salvador', 'state', 'SV'),
    ('SMR', 'San Marino', 'state', 'SM'),
    ('SOM', 'Somalia', 'state', 'SO'),
    ('SPM', 'Saint Pierre and Miquelon', 'state', 'PM'),
    ('SRB', 'Serbia', 'state', 'RS'),
    ('SSD', 'South Sudan', 'state', 'SS'),
    ('STP', 'São Tomé and Príncipe', 'state', 'ST'),
    ('SUR', 'Suriname', 'state', 'SR'),
    ('SVK', 'Slovakia', 'state', 'SK'),
    ('SVN', 'Slovenia', 'state', 'SI'),
    ('SWE', 'Sweden', 'state', 'SE'),
    ('SWZ', 'Eswatini', 'state', 'SZ'),
    ('SXM', 'Sint Maarten', 'state', 'SX'),
    ('SYC', 'Seychelles', 'state', 'SC'),
    ('SYR', 'Syria', 'state', 'SY'),
    ('TCA', 'Turks and Caicos Islands', 'state', 'TC'),
    ('TCD', 'Chad', 'state', 'TD'),
    ('TGO', 'Togo', 'state', 'TG'),
    ('THA', 'Thailand', 'state', 'TH'),
    ('TJK', 'Tajikistan', 'state', 'TJ'),
    ('TKL', 'Tokelau', 'state', 'TK'),
    ('TKM', 'Turkmenistan', 'state', 'TM'),
    ('TLS', 'Timor-Leste', 'state', 'TL'),
    ('TON', 'Tonga', 'state', 'TO'),
    ('TTO', 'Trinidad and Tobago', 'state', 'TT'),
    ('TUN', 'Tunisia', 'state', 'TN'),
    ('TUR', 'Turkey', 'state', 'TR'),
    ('TUV', 'Tuvalu', 'state', 'TV'),
    ('TWN', 'Taiwan', 'state', 'TW'),
    ('TZA', 'Tanzania', 'state', 'TZ'),
    ('UGA', 'Uganda', 'state', 'UG'),
    ('UKR', 'Ukraine', 'state', 'UA'),
    ('UMI', 'United States Minor Outlying Islands', 'state', 'UM'),
    ('URY', 'Uruguay', 'state', 'UY'),
    ('USA', 'United States', 'state', 'US'),
    ('UZB', 'Uzbekistan', 'state', 'UZ'),
    ('VAT', 'Vatican City', 'state', 'VA'),
    ('VCT', 'Saint Vincent and the Grenadines', 'state', 'VC'),
    ('VEN', 'Venezuela', 'state', 'VE'),
    ('VGB', 'British Virgin Islands', 'state', 'VG'),
    ('VIR', 'US Virgin Islands', 'state', 'VI'),
    ('VNM', 'Vietnam', 'state', 'VN'),
    ('VUT', 'Vanuatu', 'state', 'VU'),
    ('WLF', 'Wallis and Futuna', 'state', 'WF'),
    ('WSM', 'Samoa', 'state', 'WS'),
    ('YEM', 'Yemen', 'state', 'YE'),
    ('ZAF', 'South Africa', 'state', 'ZA'),
    ('ZMB', 'Zambia', 'state', 'ZM'),
    ('ZWE', 'Zimbabwe', 'state', 'ZW'),
    ('XKX', 'Kosovo', 'state', 'XK'),
    ('X-TRNC', 'Northern Cyprus', 'state', null),
    -- Historical states
    ('SUHH', 'Soviet Union', 'historical_state', null),
    ('CSHH', 'Czechoslovakia', 'historical_state', null),
    ('DDDE', 'East Germany', 'historical_state', null),
    ('YUCS', 'Yugoslavia', 'historical_state', null),
    ('CSXX', 'Serbia and Montenegro', 'historical_state', null),
    ('YDYE', 'South Yemen', 'historical_state', null),
    ('X-NORTH-YEMEN', 'North Yemen', 'historical_state', null),
    ('X-SOUTH-VIETNAM', 'South Vietnam', 'historical_state', null),
    ('X-BIAFRA', 'Biafra', 'historical_state', null),
    ('X-KATANGA', 'Katanga', 'historical_state', null),
    -- International organisations
    ('X-UN', 'United Nations', 'international_organisation', null),
    ('X-NATO', 'NATO', 'international_organisation', null),
    ('X-AU', 'African Union', 'international_organisation', null),
    ('X-EU', 'European Union', 'international_organisation', null),
    ('X-OSCE', 'OSCE', 'international_organisation', null),
    ('X-RSS', 'Regional Security System', 'international_organisation', null),
    -- Non-state actors
    ('X-ANC', 'African National Congress', 'non_state_actor', null),
    ('X-AMAL', 'Amal Movement', 'non_state_actor', null),
    ('X-ANTI-CASTRO', 'Anti-Castro rebels (Cuba)', 'non_state_actor', null),
    ('X-ARMAS', 'Castillo Armas rebels (Guatemala)', 'non_state_actor', null),
    ('X-CONTRAS', 'Contras', 'non_state_actor', null),
    ('X-DARFUR-REBELS', 'Darfur rebels (Sudan)', 'non_state_actor', null),
    ('X-ELF', 'Eritrean Liberation Front', 'non_state_actor', null),
    ('X-EPLF', 'Eritrean People''s Liberation Front', 'non_state_actor', null),
    ('X-FAN', 'Armed Forces of the North (Chad)', 'non_state_actor', null),
    ('X-GUNT', 'GUNT (Chad)', 'non_state_actor', null),
    ('X-FMLN', 'FMLN', 'non_state_actor', null),
    ('X-FNLA', 'FNLA', 'non_state_actor', null),
    ('X-FRELIMO', 'FRELIMO', 'non_state_actor', null),
    ('X-HAITI-REBELS', 'Haiti rebels', 'non_state_actor', null),
    ('X-HAMAS', 'Hamas', 'non_state_actor', null),
    ('X-HEZBOLLAH', 'Hezbollah', 'non_state_actor', null),
    ('X-HOUTHIS', 'Houthis', 'non_state_actor', null),
    ('X-IDN-REBELS', 'Indonesia rebels', 'non_state_actor', null),
    ('X-KHMER-ROUGE', 'Khmer Rouge', 'non_state_actor', null),
    ('X-KRG', 'Kurdistan Regional Government (Iraq)', 'non_state_actor', null),
    ('X-LF', 'Lebanese Forces', 'non_state_actor', null),
    ('X-LRA', 'Lord''s Resistance Army', 'non_state_actor', null),
    ('X-LTTE', 'LTTE', 'non_state_actor', null),
    ('X-LBN-PAL-REB', 'Palestinian rebels (Lebanon)', 'non_state_actor', null),
    ('X-LIBYA-HOR', 'Libya HoR', 'non_state_actor', null),
    ('X-MNLF', 'Moro National Liberation Front', 'non_state_actor', null),
    ('X-MPLA', 'MPLA (liberation movement)', 'non_state_actor', null),
    ('X-MTA', 'Mong Tai Army (Myanmar)', 'non_state_actor', null),
    ('X-AFG-MUJAHEDIN', 'Afghan Mujahedin', 'non_state_actor', null),
    ('X-NLA-MKD', 'National Liberation Army (Macedonia)', 'non_state_actor', null),
    ('X-NTC', 'National Transitional Council (Libya)', 'non_state_actor', null),
    ('X-N-ALLIANCE', 'Northern Alliance (Afghanistan)', 'non_state_actor', null),
    ('X-PAIGC', 'PAIGC', 'non_state_actor', null),
    ('X-PATHET-LAO', 'Pathet Lao', 'non_state_actor', null),
    ('X-PIJ', 'Palestinian Islamic Jihad', 'non_state_actor', null),
    ('X-PKK', 'PKK', 'non_state_actor', null),
    ('X-PLO', 'Palestine Liberation Organization', 'non_state_actor', null),
    ('X-PRC-PSE', 'Popular Resistance Committees', 'non_state_actor', null),
    ('X-PIRA', 'Provisional IRA', 'non_state_actor', null),
    ('X-RPF', 'Rwandan Patriotic Front', 'non_state_actor', null),
    ('X-RUF', 'Revolutionary United Front', 'non_state_actor', null),
    ('X-SLA-LBN', 'South Lebanon Army', 'non_state_actor', null),
    ('X-SNA-SOM', 'Somali National Alliance', 'non_state_actor', null),
    ('X-SPLA', 'Sudan People''s Liberation Army', 'non_state_actor', null),
    ('X-YEM-SOUTH-REB', 'Southern rebels (Yemen)', 'non_state_actor', null),
    ('X-SYR-REBELS', 'Syria rebels', 'non_state_actor', null),
    ('X-UIC', 'Union of Islamic Courts', 'non_state_actor', null),
    ('X-UNITA', 'UNITA', 'non_state_actor', null),
    ('X-UKR-REBELS', 'Ukraine rebels', 'non_state_actor', null),
    ('X-UWSA', 'United Wa State Army', 'non_state_actor', null),
    ('X-VIET-CONG', 'Viet Cong', 'non_state_actor', null),
    ('X-VIET-MINH', 'Viet Minh', 'non_state_actor', null),
    ('X-ZAPU', 'ZAPU', 'non_state_actor', null),
    ('X-UNK-REBELS', 'Unknown rebel group', 'non_state_actor', null),
    -- Unknown
    ('X-UNKNOWN', 'Unknown', 'unknown', null);

-- Aliases: States (ISO 3166-1, plus Kosovo and Northern Cyprus)

-- ABW Aruba
insert into country_alias (country_code, alias, alias_kind) values
    ('ABW', 'Aruba', 'register_name'),
    ('ABW', 'ABW', 'iso_code'),
    ('ABW', 'AW', 'iso_code'),
    ('ABW', 'Oranjestad', 'capital'),
    ('ABW', 'Aruban', 'demonym');

-- AFG Afghanistan
insert into country_alias (country_code, alias, alias_kind) values
    ('AFG', 'Afghanistan', 'register_name'),
    ('AFG', 'AFG', 'iso_code'),
    ('AFG', 'AF', 'iso_code'),
    ('AFG', 'Islamic Republic of Afghanistan', 'name'),
    ('AFG', 'Kabul', 'capital'),
    ('AFG', 'Afghan', 'demonym'),
    ('AFG', 'Islamic Emirate of Afghanistan', 'name');

-- AGO Angola
insert into country_alias (country_code, alias, alias_kind) values
    ('AGO', 'Angola', 'register_name'),
    ('AGO', 'AGO', 'iso_code'),
    ('AGO', 'AO', 'iso_code'),
    ('AGO', 'Republic of Angola', 'name'),
    ('AGO', 'Luanda', 'capital'),
    ('AGO', 'Angolan', 'demonym');

-- AIA Anguilla
insert into country_alias (country_code, alias, alias_kind) values
    ('AIA', 'AIA', 'iso_code'),
    ('AIA', 'AI', 'iso_code'),
    ('AIA', 'Anguilla', 'name'),
    ('AIA', 'The Valley', 'capital'),
    ('AIA', 'Anguillan', 'demonym');

-- ALA Åland Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('ALA', 'ALA', 'iso_code'),
    ('ALA', 'AX', 'iso_code'),
    ('ALA', 'Åland Islands', 'name'),
    ('ALA', 'Mariehamn', 'capital'),
    ('ALA', 'Ålander', 'demonym'),
    ('ALA', 'Aland Islands', 'name'),
    ('ALA', 'Åland', 'name'),
    ('ALA', 'Alander', 'demonym'),
    ('ALA', 'Aland', 'name');

-- ALB Albania
insert into country_alias (country_code, alias, alias_kind) values
    ('ALB', 'Albania', 'register_name'),
    ('ALB', 'ALB', 'iso_code'),
    ('ALB', 'AL', 'iso_code'),
    ('ALB', 'Republic of Albania', 'name'),
    ('ALB', 'Tirana', 'capital'),
    ('ALB', 'Tiranë', 'capital'),
    ('ALB', 'Albanian', 'demonym'),
    ('ALB', 'Tirane', 'capital');

-- AND Andorra
insert into country_alias (country_code, alias, alias_kind) values
    ('AND', 'AND', 'iso_code'),
    ('AND', 'AD', 'iso_code'),
    ('AND', 'Andorra', 'name'),
    ('AND', 'Principality of Andorra', 'name'),
    ('AND', 'Andorra la Vella', 'capital'),
    ('AND', 'Andorran', 'demonym');

-- ARE United Arab Emirates
insert into country_alias (country_code, alias, alias_kind) values
    ('ARE', 'UAE', 'register_name'),
    ('ARE', 'ARE', 'iso_code'),
    ('ARE', 'AE', 'iso_code'),
    ('ARE', 'United Arab Emirates', 'name'),
    ('ARE', 'U.A.E.', 'abbreviation'),
    ('ARE', 'the Emirates', 'name'),
    ('ARE', 'Abu Dhabi', 'capital'),
    ('ARE', 'Emirati', 'demonym');

-- ARG Argentina
insert into country_alias (country_code, alias, alias_kind) values
    ('ARG', 'Argentina', 'register_name'),
    ('ARG', 'ARG', 'iso_code'),
    ('ARG', 'AR', 'iso_code'),
    ('ARG', 'Argentine Republic', 'name'),
    ('ARG', 'Buenos Aires', 'capital'),
    ('ARG', 'Casa Rosada', 'metonym'),
    ('ARG', 'Argentine', 'demonym'),
    ('ARG', 'Argentinian', 'demonym');

-- ARM Armenia
insert into country_alias (country_code, alias, alias_kind) values
    ('ARM', 'Armenia', 'register_name'),
    ('ARM', 'ARM', 'iso_code'),
    ('ARM', 'AM', 'iso_code'),
    ('ARM', 'Republic of Armenia', 'name'),
    ('ARM', 'Yerevan', 'capital'),
    ('ARM', 'Armenian', 'demonym');

-- ASM American Samoa
insert into country_alias (country_code, alias, alias_kind) values
    ('ASM', 'ASM', 'iso_code'),
    ('ASM', 'AS', 'iso_code'),
    ('ASM', 'American Samoa', 'name'),
    ('ASM', 'Pago Pago', 'capital'),
    ('ASM', 'American Samoan', 'demonym');

-- ATA Antarctica
insert into country_alias (country_code, alias, alias_kind) values
    ('ATA', 'ATA', 'iso_code'),
    ('ATA', 'AQ', 'iso_code'),
    ('ATA', 'Antarctica', 'name');

-- ATF French Southern Territories
insert into country_alias (country_code, alias, alias_kind) values
    ('ATF', 'ATF', 'iso_code'),
    ('ATF', 'TF', 'iso_code'),
    ('ATF', 'French Southern Territories', 'name'),
    ('ATF', 'French Southern and Antarctic Lands', 'name'),
    ('ATF', 'TAAF', 'name');

-- ATG Antigua and Barbuda
insert into country_alias (country_code, alias, alias_kind) values
    ('ATG', 'Antigua and Barbuda', 'register_name'),
    ('ATG', 'ATG', 'iso_code'),
    ('ATG', 'AG', 'iso_code'),
    ('ATG', 'Antigua', 'name'),
    ('ATG', 'Saint John''s', 'capital'),
    ('ATG', 'Antiguan', 'demonym'),
    ('ATG', 'Barbudan', 'demonym');

-- AUS Australia
insert into country_alias (country_code, alias, alias_kind) values
    ('AUS', 'Australia', 'register_name'),
    ('AUS', 'AUS', 'iso_code'),
    ('AUS', 'AU', 'iso_code'),
    ('AUS', 'Commonwealth of Australia', 'name'),
    ('AUS', 'Canberra', 'capital'),
    ('AUS', 'Australian', 'demonym');

-- AUT Austria
insert into country_alias (country_code, alias, alias_kind) values
    ('AUT', 'Austria', 'register_name'),
    ('AUT', 'AUT', 'iso_code'),
    ('AUT', 'AT', 'iso_code'),
    ('AUT', 'Republic of Austria', 'name'),
    ('AUT', 'Vienna', 'capital'),
    ('AUT', 'Wien', 'capital'),
    ('AUT', 'Austrian', 'demonym');

-- AZE Azerbaijan
insert into country_alias (country_code, alias, alias_kind) values
    ('AZE', 'Azerbaijan', 'register_name'),
    ('AZE', 'AZE', 'iso_code'),
    ('AZE', 'AZ', 'iso_code'),
    ('AZE', 'Republic of Azerbaijan', 'name'),
    ('AZE', 'Baku', 'capital'),
    ('AZE', 'Azerbaijani', 'demonym'),
    ('AZE', 'Azeri', 'demonym');

-- BDI Burundi
insert into country_alias (country_code, alias, alias_kind) values
    ('BDI', 'Burundi', 'register_name'),
    ('BDI', 'BDI', 'iso_code'),
    ('BDI', 'BI', 'iso_code'),
    ('BDI', 'Republic of Burundi', 'name'),
    ('BDI', 'Gitega', 'capital'),
    ('BDI', 'Bujumbura', 'capital'),
    ('BDI', 'Burundian', 'demonym');

-- BEL Belgium
insert into country_alias (country_code, alias, alias_kind) values
    ('BEL', 'Belgium', 'register_name'),
    ('BEL', 'BEL', 'iso_code'),
    ('BEL', 'BE', 'iso_code'),
    ('BEL', 'Kingdom of Belgium', 'name'),
    ('BEL', 'Belgian', 'demonym');

-- BEN Benin
insert into country_alias (country_code, alias, alias_kind) values
    ('BEN', 'Benin', 'register_name'),
    ('BEN', 'BEN', 'iso_code'),
    ('BEN', 'BJ', 'iso_code'),
    ('BEN', 'Republic of Benin', 'name'),
    ('BEN', 'Dahomey', 'name'),
    ('BEN', 'Porto-Novo', 'capital'),
    ('BEN', 'Cotonou', 'capital'),
    ('BEN', 'Beninese', 'demonym');

-- BES Caribbean Netherlands
insert into country_alias (country_code, alias, alias_kind) values
    ('BES', 'BES', 'iso_code'),
    ('BES', 'BQ', 'iso_code'),
    ('BES', 'Caribbean Netherlands', 'name'),
    ('BES', 'Bonaire, Sint Eustatius and Saba', 'name'),
    ('BES', 'Bonaire', 'name'),
    ('BES', 'Sint Eustatius', 'name'),
    ('BES', 'Saba', 'name'),
    ('BES', 'Kralendijk', 'capital');

-- BFA Burkina Faso
insert into country_alias (country_code, alias, alias_kind) values
    ('BFA', 'Burkina Faso', 'register_name'),
    ('BFA', 'BFA', 'iso_code'),
    ('BFA', 'BF', 'iso_code'),
    ('BFA', 'Upper Volta', 'name'),
    ('BFA', 'Ouagadougou', 'capital'),
    ('BFA', 'Burkinabe', 'demonym'),
    ('BFA', 'Burkinabè', 'demonym');

-- BGD Bangladesh
insert into country_alias (country_code, alias, alias_kind) values
    ('BGD', 'Bangladesh', 'register_name'),
    ('BGD', 'BGD', 'iso_code'),
    ('BGD', 'BD', 'iso_code'),
    ('BGD', 'People''s Republic of Bangladesh', 'name'),
    ('BGD', 'Dhaka', 'capital'),
    ('BGD', 'Dacca', 'capital'),
    ('BGD', 'Bangladeshi', 'demonym');

-- BGR Bulgaria
insert into country_alias (country_code, alias, alias_kind) values
    ('BGR', 'Bulgaria', 'register_name'),
    ('BGR', 'BGR', 'iso_code'),
    ('BGR', 'BG', 'iso_code'),
    ('BGR', 'Republic of Bulgaria', 'name'),
    ('BGR', 'Sofia', 'capital'),
    ('BGR', 'Bulgarian', 'demonym');

-- BHR Bahrain
insert into country_alias (country_code, alias, alias_kind) values
    ('BHR', 'Bahrain', 'register_name'),
    ('BHR', 'BHR', 'iso_code'),
    ('BHR', 'BH', 'iso_code'),
    ('BHR', 'Kingdom of Bahrain', 'name'),
    ('BHR', 'Manama', 'capital'),
    ('BHR', 'Bahraini', 'demonym');

-- BHS Bahamas
insert into country_alias (country_code, alias, alias_kind) values
    ('BHS', 'Bahamas', 'register_name'),
    ('BHS', 'BHS', 'iso_code'),
    ('BHS', 'BS', 'iso_code'),
    ('BHS', 'Commonwealth of the Bahamas', 'name'),
    ('BHS', 'The Bahamas', 'name'),
    ('BHS', 'Nassau', 'capital'),
    ('BHS', 'Bahamian', 'demonym');

-- BIH Bosnia and Herzegovina
insert into country_alias (country_code, alias, alias_kind) values
    ('BIH', 'Bosnia-Herzegovina', 'register_name'),
    ('BIH', 'BIH', 'iso_code'),
    ('BIH', 'BA', 'iso_code'),
    ('BIH', 'Bosnia and Herzegovina', 'name'),
    ('BIH', 'Republic of Bosnia and Herzegovina', 'name'),
    ('BIH', 'Bosnia', 'name'),
    ('BIH', 'Sarajevo', 'capital'),
    ('BIH', 'Bosnian', 'demonym'),
    ('BIH', 'Herzegovinian', 'demonym');

-- BLM Saint Barthélemy
insert into country_alias (country_code, alias, alias_kind) values
    ('BLM', 'BLM', 'iso_code'),
    ('BLM', 'BL', 'iso_code'),
    ('BLM', 'Saint Barthélemy', 'name'),
    ('BLM', 'Saint Barthelemy', 'name'),
    ('BLM', 'St Barts', 'name'),
    ('BLM', 'St. Barths', 'name'),
    ('BLM', 'Gustavia', 'capital');

-- BLR Belarus
insert into country_alias (country_code, alias, alias_kind) values
    ('BLR', 'Belarus', 'register_name'),
    ('BLR', 'BLR', 'iso_code'),
    ('BLR', 'BY', 'iso_code'),
    ('BLR', 'Republic of Belarus', 'name'),
    ('BLR', 'Byelorussia', 'name'),
    ('BLR', 'Belorussia', 'name'),
    ('BLR', 'Belarus, Republic of', 'name'),
    ('BLR', 'Minsk', 'capital'),
    ('BLR', 'Belarusian', 'demonym'),
    ('BLR', 'Belarussian', 'demonym'),
    ('BLR', 'Byelorussian', 'demonym'),
    ('BLR', 'Belorussian', 'demonym');

-- BLZ Belize
insert into country_alias (country_code, alias, alias_kind) values
    ('BLZ', 'Belize', 'register_name'),
    ('BLZ', 'BLZ', 'iso_code'),
    ('BLZ', 'BZ', 'iso_code'),
    ('BLZ', 'Belmopan', 'capital'),
    ('BLZ', 'Belizean', 'demonym');

-- BMU Bermuda
insert into country_alias (country_code, alias, alias_kind) values
    ('BMU', 'BMU', 'iso_code'),
    ('BMU', 'BM', 'iso_code'),
    ('BMU', 'Bermuda', 'name'),
    ('BMU', 'Bermudian', 'demonym');

-- BOL Bolivia
insert into country_alias (country_code, alias, alias_kind) values
    ('BOL', 'Bolivia', 'register_name'),
    ('BOL', 'BOL', 'iso_code'),
    ('BOL', 'BO', 'iso_code'),
    ('BOL', 'Bolivia, Plurinational State of', 'name'),
    ('BOL', 'Plurinational State of Bolivia', 'name'),
    ('BOL', 'Sucre', 'capital'),
    ('BOL', 'La Paz', 'capital'),
    ('BOL', 'Bolivian', 'demonym');

-- BRA Brazil
insert into country_alias (country_code, alias, alias_kind) values
    ('BRA', 'Brazil', 'register_name'),
    ('BRA', 'BRA', 'iso_code'),
    ('BRA', 'BR', 'iso_code'),
    ('BRA', 'Federative Republic of Brazil', 'name'),
    ('BRA', 'Brasil', 'name'),
    ('BRA', 'Brasília', 'capital'),
    ('BRA', 'Brasilia', 'capital'),
    ('BRA', 'Planalto', 'metonym'),
    ('BRA', 'Palácio do Planalto', 'metonym'),
    ('BRA', 'Brazilian', 'demonym'),
    ('BRA', 'Palacio do Planalto', 'metonym');

-- BRB Barbados
insert into country_alias (country_code, alias, alias_kind) values
    ('BRB', 'Barbados', 'register_name'),
    ('BRB', 'BRB', 'iso_code'),
    ('BRB', 'BB', 'iso_code'),
    ('BRB', 'Bridgetown', 'capital'),
    ('BRB', 'Barbadian', 'demonym'),
    ('BRB', 'Bajan', 'demonym');

-- BRN Brunei
insert into country_alias (country_code, alias, alias_kind) values
    ('BRN', 'Brunei', 'register_name'),
    ('BRN', 'BRN', 'iso_code'),
    ('BRN', 'BN', 'iso_code'),
    ('BRN', 'Brunei Darussalam', 'name'),
    ('BRN', 'Bandar Seri Begawan', 'capital'),
    ('BRN', 'Bruneian', 'demonym');

-- BTN Bhutan
insert into country_alias (country_code, alias, alias_kind) values
    ('BTN', 'Bhutan', 'register_name'),
    ('BTN', 'BTN', 'iso_code'),
    ('BTN', 'BT', 'iso_code'),
    ('BTN', 'Kingdom of Bhutan', 'name'),
    ('BTN', 'Thimphu', 'capital'),
    ('BTN', 'Bhutanese', 'demonym');

-- BVT Bouvet Island
insert into country_alias (country_code, alias, alias_kind) values
    ('BVT', 'BVT', 'iso_code'),
    ('BVT', 'BV', 'iso_code'),
    ('BVT', 'Bouvet Island', 'name');

-- BWA Botswana
insert into country_alias (country_code, alias, alias_kind) values
    ('BWA', 'Botswana', 'register_name'),
    ('BWA', 'BWA', 'iso_code'),
    ('BWA', 'BW', 'iso_code'),
    ('BWA', 'Republic of Botswana', 'name'),
    ('BWA', 'Bechuanaland', 'name'),
    ('BWA', 'Gaborone', 'capital'),
    ('BWA', 'Motswana', 'demonym'),
    ('BWA', 'Batswana', 'demonym'),
    ('BWA', 'Botswanan', 'demonym');

-- CAF Central African Republic
insert into country_alias (country_code, alias, alias_kind) values
    ('CAF', 'Central African Republic', 'register_name'),
    ('CAF', 'CAF', 'iso_code'),
    ('CAF', 'CF', 'iso_code'),
    ('CAF', 'CAR', 'abbreviation'),
    ('CAF', 'Central African Empire', 'name'),
    ('CAF', 'Bangui', 'capital'),
    ('CAF', 'Central African', 'demonym');

-- CAN Canada
insert into country_alias (country_code, alias, alias_kind) values
    ('CAN', 'Canada', 'register_name'),
    ('CAN', 'CAN', 'iso_code'),
    ('CAN', 'CA', 'iso_code'),
    ('CAN', 'Ottawa', 'capital'),
    ('CAN', 'Canadian', 'demonym');

-- CCK Cocos (Keeling) Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('CCK', 'CCK', 'iso_code'),
    ('CCK', 'CC', 'iso_code'),
    ('CCK', 'Cocos (Keeling) Islands', 'name'),
    ('CCK', 'West Island', 'capital'),
    ('CCK', 'Cocos Islander', 'demonym');

-- CHE Switzerland
insert into country_alias (country_code, alias, alias_kind) values
    ('CHE', 'Switzerland', 'register_name'),
    ('CHE', 'CHE', 'iso_code'),
    ('CHE', 'CH', 'iso_code'),
    ('CHE', 'Swiss Confederation', 'name'),
    ('CHE', 'Switzerland, Swiss Confederation', 'name'),
    ('CHE', 'Bern', 'capital'),
    ('CHE', 'Berne', 'capital'),
    ('CHE', 'Swiss', 'demonym');

-- CHL Chile
insert into country_alias (country_code, alias, alias_kind) values
    ('CHL', 'Chile', 'register_name'),
    ('CHL', 'CHL', 'iso_code'),
    ('CHL', 'CL', 'iso_code'),
    ('CHL', 'Republic of Chile', 'name'),
    ('CHL', 'Santiago', 'capital'),
    ('CHL', 'Santiago de Chile', 'capital'),
    ('CHL', 'Chilean', 'demonym');

-- CHN China
insert into country_alias (country_code, alias, alias_kind) values
    ('CHN', 'China', 'register_name'),
    ('CHN', 'CHN', 'iso_code'),
    ('CHN', 'CN', 'iso_code'),
    ('CHN', 'People''s Republic of China', 'name'),
    ('CHN', 'PRC', 'abbreviation'),
    ('CHN', 'P.R.C.', 'abbreviation'),
    ('CHN', 'Mainland China', 'name'),
    ('CHN', 'China, People''s Republic of', 'name'),
    ('CHN', 'Beijing', 'capital'),
    ('CHN', 'Peking', 'capital'),
    ('CHN', 'Zhongnanhai', 'metonym'),
    ('CHN', 'Chinese', 'demonym');

-- CIV Côte d'Ivoire
insert into country_alias (country_code, alias, alias_kind) values
    ('CIV', 'Cote d''Ivoire', 'register_name'),
    ('CIV', 'CIV', 'iso_code'),
    ('CIV', 'CI', 'iso_code'),
    ('CIV', 'Côte d''Ivoire', 'name'),
    ('CIV', 'Republic of Côte d''Ivoire', 'name'),
    ('CIV', 'Ivory Coast', 'name'),
    ('CIV', 'Yamoussoukro', 'capital'),
    ('CIV', 'Abidjan', 'capital'),
    ('CIV', 'Ivorian', 'demonym'),
    ('CIV', 'Republic of Cote d''Ivoire', 'name');

-- CMR Cameroon
insert into country_alias (country_code, alias, alias_kind) values
    ('CMR', 'Cameroon', 'register_name'),
    ('CMR', 'CMR', 'iso_code'),
    ('CMR', 'CM', 'iso_code'),
    ('CMR', 'Republic of Cameroon', 'name'),
    ('CMR', 'Yaoundé', 'capital'),
    ('CMR', 'Yaounde', 'capital'),
    ('CMR', 'Cameroonian', 'demonym');

-- COD Democratic Republic of the Congo
insert into country_alias (country_code, alias, alias_kind) values
    ('COD', 'DR Congo', 'register_name'),
    ('COD', 'COD', 'iso_code'),
    ('COD', 'CD', 'iso_code'),
    ('COD', 'Democratic Republic of the Congo', 'name'),
    ('COD', 'Congo, The Democratic Republic of the', 'name'),
    ('COD', 'DRC', 'abbreviation'),
    ('COD', 'D.R.C.', 'abbreviation'),
    ('COD', 'D.R. Congo', 'name'),
    ('COD', 'Congo-Kinshasa', 'name'),
    ('COD', 'Zaire', 'name'),
    ('COD', 'Congo (Kinshasa)', 'name'),
    ('COD', 'Democratic Republic of Congo', 'name'),
    ('COD', 'Kinshasa', 'capital');

-- COG Republic of the Congo
insert into country_alias (country_code, alias, alias_kind) values
    ('COG', 'Congo', 'register_name'),
    ('COG', 'COG', 'iso_code'),
    ('COG', 'CG', 'iso_code'),
    ('COG', 'Republic of the Congo', 'name'),
    ('COG', 'Congo-Brazzaville', 'name'),
    ('COG', 'Congo (Brazzaville)', 'name'),
    ('COG', 'Congo Republic', 'name'),
    ('COG', 'Republic of Congo', 'name'),
    ('COG', 'Brazzaville', 'capital');

-- COK Cook Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('COK', 'COK', 'iso_code'),
    ('COK', 'CK', 'iso_code'),
    ('COK', 'Cook Islands', 'name'),
    ('COK', 'Avarua', 'capital'),
    ('COK', 'Cook Islander', 'demonym');

-- COL Colombia
insert into country_alias (country_code, alias, alias_kind) values
    ('COL', 'Colombia', 'register_name'),
    ('COL', 'COL', 'iso_code'),
    ('COL', 'CO', 'iso_code'),
    ('COL', 'Republic of Colombia', 'name'),
    ('COL', 'Bogotá', 'capital'),
    ('COL', 'Bogota', 'capital'),
    ('COL', 'Colombian', 'demonym');

-- COM Comoros
insert into country_alias (country_code, alias, alias_kind) values
    ('COM', 'Comoros', 'register_name'),
    ('COM', 'COM', 'iso_code'),
    ('COM', 'KM', 'iso_code'),
    ('COM', 'Union of the Comoros', 'name'),
    ('COM', 'Moroni', 'capital'),
    ('COM', 'Comoran', 'demonym'),
    ('COM', 'Comorian', 'demonym');

-- CPV Cabo Verde
insert into country_alias (country_code, alias, alias_kind) values
    ('CPV', 'Cabo Verde', 'register_name'),
    ('CPV', 'CPV', 'iso_code'),
    ('CPV', 'CV', 'iso_code'),
    ('CPV', 'Republic of Cabo Verde', 'name'),
    ('CPV', 'Cape Verde', 'name'),
    ('CPV', 'Praia', 'capital'),
    ('CPV', 'Cabo Verdean', 'demonym'),
    ('CPV', 'Cape Verdean', 'demonym');

-- CRI Costa Rica
insert into country_alias (country_code, alias, alias_kind) values
    ('CRI', 'Costa Rica', 'register_name'),
    ('CRI', 'CRI', 'iso_code'),
    ('CRI', 'CR', 'iso_code'),
    ('CRI', 'Republic of Costa Rica', 'name'),
    ('CRI', 'San José', 'capital'),
    ('CRI', 'Costa Rican', 'demonym'),
    ('CRI', 'San Jose', 'capital');

-- CUB Cuba
insert into country_alias (country_code, alias, alias_kind) values
    ('CUB', 'Cuba', 'register_name'),
    ('CUB', 'CUB', 'iso_code'),
    ('CUB', 'CU', 'iso_code'),
    ('CUB', 'Republic of Cuba', 'name'),
    ('CUB', 'Havana', 'capital'),
    ('CUB', 'La Habana', 'capital'),
    ('CUB', 'Cuban', 'demonym');

-- CUW Curaçao
insert into country_alias (country_code, alias, alias_kind) values
    ('CUW', 'CUW', 'iso_code'),
    ('CUW', 'CW', 'iso_code'),
    ('CUW', 'Curaçao', 'name'),
    ('CUW', 'Curacao', 'name'),
    ('CUW', 'Willemstad', 'capital'),
    ('CUW', 'Curaçaoan', 'demonym'),
    ('CUW', 'Curacaoan', 'demonym');

-- CXR Christmas Island
insert into country_alias (country_code, alias, alias_kind) values
    ('CXR', 'CXR', 'iso_code'),
    ('CXR', 'CX', 'iso_code'),
    ('CXR', 'Christmas Island', 'name'),
    ('CXR', 'Flying Fish Cove', 'capital'),
    ('CXR', 'Christmas Islander', 'demonym');

-- CYM Cayman Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('CYM', 'CYM', 'iso_code'),
    ('CYM', 'KY', 'iso_code'),
    ('CYM', 'Cayman Islands', 'name'),
    ('CYM', 'George Town', 'capital'),
    ('CYM', 'Caymanian', 'demonym');

-- CYP Cyprus
insert into country_alias (country_code, alias, alias_kind) values
    ('CYP', 'Cyprus', 'register_name'),
    ('CYP', 'CYP', 'iso_code'),
    ('CYP', 'CY', 'iso_code'),
    ('CYP', 'Republic of Cyprus', 'name'),
    ('CYP', 'Nicosia', 'capital'),
    ('CYP', 'Cypriot', 'demonym');

-- CZE Czechia
insert into country_alias (country_code, alias, alias_kind) values
    ('CZE', 'Czechia', 'register_name'),
    ('CZE', 'CZE', 'iso_code'),
    ('CZE', 'CZ', 'iso_code'),
    ('CZE', 'Czech Republic', 'name'),
    ('CZE', 'Česko', 'name'),
    ('CZE', 'Ceska republika', 'name'),
    ('CZE', 'Prague', 'capital'),
    ('CZE', 'Praha', 'capital'),
    ('CZE', 'Czech', 'demonym'),
    ('CZE', 'Cesko', 'name');

-- DEU Germany
insert into country_alias (country_code, alias, alias_kind) values
    ('DEU', 'Germany', 'register_name'),
    ('DEU', 'West Germany (FRG)', 'register_name'),
    ('DEU', 'DEU', 'iso_code'),
    ('DEU', 'DE', 'iso_code'),
    ('DEU', 'Federal Republic of Germany', 'name'),
    ('DEU', 'West Germany', 'name'),
    ('DEU', 'Federal Republic of Germany (FRG)', 'name'),
    ('DEU', 'Deutschland', 'name'),
    ('DEU', 'Bundesrepublik Deutschland', 'name'),
    ('DEU', 'FRG', 'abbreviation'),
    ('DEU', 'BRD', 'abbreviation'),
    ('DEU', 'Berlin', 'capital'),
    ('DEU', 'Bonn', 'metonym'),
    ('DEU', 'German', 'demonym'),
    ('DEU', 'West German', 'demonym');

-- DJI Djibouti
insert into country_alias (country_code, alias, alias_kind) values
    ('DJI', 'Djibouti', 'register_name'),
    ('DJI', 'DJI', 'iso_code'),
    ('DJI', 'DJ', 'iso_code'),
    ('DJI', 'Republic of Djibouti', 'name'),
    ('DJI', 'French Somaliland', 'name'),
    ('DJI', 'French Territory of the Afars and the Issas', 'name'),
    ('DJI', 'Djibouti City', 'capital'),
    ('DJI', 'Djiboutian', 'demonym');

-- DMA Dominica
insert into country_alias (country_code, alias, alias_kind) values
    ('DMA', 'DMA', 'iso_code'),
    ('DMA', 'DM', 'iso_code'),
    ('DMA', 'Dominica', 'name'),
    ('DMA', 'Commonwealth of Dominica', 'name'),
    ('DMA', 'Roseau', 'capital');

-- DNK Denmark
insert into country_alias (country_code, alias, alias_kind) values
    ('DNK', 'Denmark', 'register_name'),
    ('DNK', 'DNK', 'iso_code'),
    ('DNK', 'DK', 'iso_code'),
    ('DNK', 'Kingdom of Denmark', 'name'),
    ('DNK', 'Copenhagen', 'capital'),
    ('DNK', 'København', 'capital'),
    ('DNK', 'Danish', 'demonym'),
    ('DNK', 'Dane', 'demonym');

-- DOM Dominican Republic
insert into country_alias (country_code, alias, alias_kind) values
    ('DOM', 'Dominican Republic', 'register_name'),
    ('DOM', 'DOM', 'iso_code'),
    ('DOM', 'DO', 'iso_code'),
    ('DOM', 'Santo Domingo', 'capital'),
    ('DOM', 'Dominican', 'demonym');

-- DZA Algeria
insert into country_alias (country_code, alias, alias_kind) values
    ('DZA', 'Algeria', 'register_name'),
    ('DZA', 'DZA', 'iso_code'),
    ('DZA', 'DZ', 'iso_code'),
    ('DZA', 'People''s Democratic Republic of Algeria', 'name'),
    ('DZA', 'Algiers', 'capital'),
    ('DZA', 'Algerian', 'demonym');

-- ECU Ecuador
insert into country_alias (country_code, alias, alias_kind) values
    ('ECU', 'Ecuador', 'register_name'),
    ('ECU', 'ECU', 'iso_code'),
    ('ECU', 'EC', 'iso_code'),
    ('ECU', 'Republic of Ecuador', 'name'),
    ('ECU', 'Quito', 'capital'),
    ('ECU', 'Ecuadorian', 'demonym'),
    ('ECU', 'Ecuadorean', 'demonym');

-- EGY Egypt
insert into country_alias (country_code, alias, alias_kind) values
    ('EGY', 'Egypt', 'register_name'),
    ('EGY', 'EGY', 'iso_code'),
    ('EGY', 'EG', 'iso_code'),
    ('EGY', 'Arab Republic of Egypt', 'name'),
    ('EGY', 'Cairo', 'capital'),
    ('EGY', 'Egyptian', 'demonym');

-- ERI Eritrea
insert into country_alias (country_code, alias, alias_kind) values
    ('ERI', 'Eritrea', 'register_name'),
    ('ERI', 'ERI', 'iso_code'),
    ('ERI', 'ER', 'iso_code'),
    ('ERI', 'the State of Eritrea', 'name'),
    ('ERI', 'State of Eritrea', 'name'),
    ('ERI', 'Asmara', 'capital'),
    ('ERI', 'Eritrean', 'demonym');

-- ESH Western Sahara
insert into country_alias (country_code, alias, alias_kind) values
    ('ESH', 'Western Sahara', 'register_name'),
    ('ESH', 'ESH', 'iso_code'),
    ('ESH', 'EH', 'iso_code'),
    ('ESH', 'Sahrawi Arab Democratic Republic', 'name'),
    ('ESH', 'SADR', 'name'),
    ('ESH', 'Spanish Sahara', 'name'),
    ('ESH', 'Laayoune', 'capital'),
    ('ESH', 'El Aaiún', 'capital'),
    ('ESH', 'Sahrawi', 'demonym'),
    ('ESH', 'Saharawi', 'demonym'),
    ('ESH', 'El Aaiun', 'capital');

-- ESP Spain
insert into country_alias (country_code, alias, alias_kind) values
    ('ESP', 'Spain', 'register_name'),
    ('ESP', 'ESP', 'iso_code'),
    ('ESP', 'ES', 'iso_code'),
    ('ESP', 'Kingdom of Spain', 'name'),
    ('ESP', 'Madrid', 'capital'),
    ('ESP', 'La Moncloa', 'metonym'),
    ('ESP', 'Moncloa', 'metonym'),
    ('ESP', 'Spanish', 'demonym'),
    ('ESP', 'Spaniard', 'demonym');

-- EST Estonia
insert into country_alias (country_code, alias, alias_kind) values
    ('EST', 'Estonia', 'register_name'),
    ('EST', 'EST', 'iso_code'),
    ('EST', 'EE', 'iso_code'),
    ('EST', 'Republic of Estonia', 'name'),
    ('EST', 'Tallinn', 'capital'),
    ('EST', 'Estonian', 'demonym');

-- ETH Ethiopia
insert into country_alias (country_code, alias, alias_kind) values
    ('ETH', 'Ethiopia', 'register_name'),
    ('ETH', 'ETH', 'iso_code'),
    ('ETH', 'ET', 'iso_code'),
    ('ETH', 'Federal Democratic Republic of Ethiopia', 'name'),
    ('ETH', 'Abyssinia', 'name'),
    ('ETH', 'Addis Ababa', 'capital'),
    ('ETH', 'Ethiopian', 'demonym');

-- FIN Finland
insert into country_alias (country_code, alias, alias_kind) values
    ('FIN', 'Finland', 'register_name'),
    ('FIN', 'FIN', 'iso_code'),
    ('FIN', 'FI', 'iso_code'),
    ('FIN', 'Republic of Finland', 'name'),
    ('FIN', 'Helsinki', 'capital'),
    ('FIN', 'Finnish', 'demonym'),
    ('FIN', 'Finn', 'demonym');

-- FJI Fiji
insert into country_alias (country_code, alias, alias_kind) values
    ('FJI', 'Fiji', 'register_name'),
    ('FJI', 'FJI', 'iso_code'),
    ('FJI', 'FJ', 'iso_code'),
    ('FJI', 'Republic of Fiji', 'name'),
    ('FJI', 'Suva', 'capital'),
    ('FJI', 'Fijian', 'demonym');

-- FLK Falkland Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('FLK', 'FLK', 'iso_code'),
    ('FLK', 'FK', 'iso_code'),
    ('FLK', 'Falkland Islands', 'name'),
    ('FLK', 'Falkland Islands (Malvinas)', 'name'),
    ('FLK', 'Malvinas', 'name'),
    ('FLK', 'Falklands', 'name'),
    ('FLK', 'Islas Malvinas', 'name'),
    ('FLK', 'Port Stanley', 'capital'),
    ('FLK', 'Falkland Islander', 'demonym');

-- FRA France
insert into country_alias (country_code, alias, alias_kind) values
    ('FRA', 'France', 'register_name'),
    ('FRA', 'FRA', 'iso_code'),
    ('FRA', 'FR', 'iso_code'),
    ('FRA', 'French Republic', 'name'),
    ('FRA', 'Paris', 'capital'),
    ('FRA', 'the Elysee', 'metonym'),
    ('FRA', 'Elysee', 'metonym'),
    ('FRA', 'the Élysée', 'metonym'),
    ('FRA', 'Élysée', 'metonym'),
    ('FRA', 'Elysee Palace', 'metonym'),
    ('FRA', 'Élysée Palace', 'metonym'),
    ('FRA', 'Quai d''Orsay', 'metonym'),
    ('FRA', 'French', 'demonym');

-- FRO Faroe Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('FRO', 'FRO', 'iso_code'),
    ('FRO', 'FO', 'iso_code'),
    ('FRO', 'Faroe Islands', 'name'),
    ('FRO', 'Faroes', 'name'),
    ('FRO', 'Faeroe Islands', 'name'),
    ('FRO', 'Tórshavn', 'capital'),
    ('FRO', 'Torshavn', 'capital'),
    ('FRO', 'Faroese', 'demonym');

-- FSM Micronesia
insert into country_alias (country_code, alias, alias_kind) values
    ('FSM', 'FSM', 'iso_code'),
    ('FSM', 'FM', 'iso_code'),
    ('FSM', 'Micronesia', 'name'),
    ('FSM', 'Micronesia, Federated States of', 'name'),
    ('FSM', 'Federated States of Micronesia', 'name'),
    ('FSM', 'Palikir', 'capital'),
    ('FSM', 'Micronesian', 'demonym');

-- GAB Gabon
insert into country_alias (country_code, alias, alias_kind) values
    ('GAB', 'Gabon', 'register_name'),
    ('GAB', 'GAB', 'iso_code'),
    ('GAB', 'GA', 'iso_code'),
    ('GAB', 'Gabonese Republic', 'name'),
    ('GAB', 'Libreville', 'capital'),
    ('GAB', 'Gabonese', 'demonym');

-- GBR United Kingdom
insert into country_alias (country_code, alias, alias_kind) values
    ('GBR', 'United Kingdom', 'register_name'),
    ('GBR', 'GBR', 'iso_code'),
    ('GBR', 'GB', 'iso_code'),
    ('GBR', 'United Kingdom of Great Britain and Northern Ireland', 'name'),
    ('GBR', 'UK', 'abbreviation'),
    ('GBR', 'U.K.', 'abbreviation'),
    ('GBR', 'Britain', 'name'),
    ('GBR', 'Great Britain', 'name'),
    ('GBR', 'London', 'capital'),
    ('GBR', 'Whitehall', 'metonym'),
    ('GBR', 'Downing Street', 'metonym'),
    ('GBR', 'Westminster', 'metonym'),
    ('GBR', 'British', 'demonym'),
    ('GBR', 'Briton', 'demonym');

-- GEO Georgia
insert into country_alias (country_code, alias, alias_kind) values
    ('GEO', 'Georgia', 'register_name'),
    ('GEO', 'GEO', 'iso_code'),
    ('GEO', 'GE', 'iso_code'),
    ('GEO', 'Tbilisi', 'capital'),
    ('GEO', 'Georgian', 'demonym');

-- GGY Guernsey
insert into country_alias (country_code, alias, alias_kind) values
    ('GGY', 'GGY', 'iso_code'),
    ('GGY', 'GG', 'iso_code'),
    ('GGY', 'Guernsey', 'name'),
    ('GGY', 'Saint Peter Port', 'capital'),
    ('GGY', 'St Peter Port', 'capital');

-- GHA Ghana
insert into country_alias (country_code, alias, alias_kind) values
    ('GHA', 'Ghana', 'register_name'),
    ('GHA', 'GHA', 'iso_code'),
    ('GHA', 'GH', 'iso_code'),
    ('GHA', 'Republic of Ghana', 'name'),
    ('GHA', 'Gold Coast', 'name'),
    ('GHA', 'Accra', 'capital'),
    ('GHA', 'Ghanaian', 'demonym');

-- GIB Gibraltar
insert into country_alias (country_code, alias, alias_kind) values
    ('GIB', 'GIB', 'iso_code'),
    ('GIB', 'GI', 'iso_code'),
    ('GIB', 'Gibraltar', 'name'),
    ('GIB', 'Gibraltarian', 'demonym');

-- GIN Guinea
insert into country_alias (country_code, alias, alias_kind) values
    ('GIN', 'Guinea', 'register_name'),
    ('GIN', 'GIN', 'iso_code'),
    ('GIN', 'GN', 'iso_code'),
    ('GIN', 'Republic of Guinea', 'name'),
    ('GIN', 'Guinea-Conakry', 'name'),
    ('GIN', 'Conakry', 'capital'),
    ('GIN', 'Guinean', 'demonym');

-- GLP Guadeloupe
insert into country_alias (country_code, alias, alias_kind) values
    ('GLP', 'GLP', 'iso_code'),
    ('GLP', 'GP', 'iso_code'),
    ('GLP', 'Guadeloupe', 'name'),
    ('GLP', 'Basse-Terre', 'capital'),
    ('GLP', 'Guadeloupean', 'demonym');

-- GMB Gambia
insert into country_alias (country_code, alias, alias_kind) values
    ('GMB', 'Gambia', 'register_name'),
    ('GMB', 'GMB', 'iso_code'),
    ('GMB', 'GM', 'iso_code'),
    ('GMB', 'Republic of the Gambia', 'name'),
    ('GMB', 'The Gambia', 'name'),
    ('GMB', 'Banjul', 'capital'),
    ('GMB', 'Gambian', 'demonym');

-- GNB Guinea-Bissau
insert into country_alias (country_code, alias, alias_kind) values
    ('GNB', 'Guinea-Bissau', 'register_name'),
    ('GNB', 'GNB', 'iso_code'),
    ('GNB', 'GW', 'iso_code'),
    ('GNB', 'Republic of Guinea-Bissau', 'name'),
    ('GNB', 'Bissau', 'capital'),
    ('GNB', 'Bissau-Guinean', 'demonym');

-- GNQ Equatorial Guinea
insert into country_alias (country_code, alias, alias_kind) values
    ('GNQ', 'Equatorial Guinea', 'register_name'),
    ('GNQ', 'GNQ', 'iso_code'),
    ('GNQ', 'GQ', 'iso_code'),
    ('GNQ', 'Republic of Equatorial Guinea', 'name'),
    ('GNQ', 'Malabo', 'capital'),
    ('GNQ', 'Equatorial Guinean', 'demonym'),
    ('GNQ', 'Equatoguinean', 'demonym');

-- GRC Greece
insert into country_alias (country_code, alias, alias_kind) values
    ('GRC', 'Greece', 'register_name'),
    ('GRC', 'GRC', 'iso_code'),
    ('GRC', 'GR', 'iso_code'),
    ('GRC', 'Hellenic Republic', 'name'),
    ('GRC', 'Hellas', 'name'),
    ('GRC', 'Athens', 'capital'),
    ('GRC', 'Greek', 'demonym');

-- GRD Grenada
insert into country_alias (country_code, alias, alias_kind) values
    ('GRD', 'Grenada', 'register_name'),
    ('GRD', 'GRD', 'iso_code'),
    ('GRD', 'GD', 'iso_code'),
    ('GRD', 'Saint George''s', 'capital'),
    ('GRD', 'St. George''s', 'capital'),
    ('GRD', 'Grenadian', 'demonym');

-- GRL Greenland
insert into country_alias (country_code, alias, alias_kind) values
    ('GRL', 'GRL', 'iso_code'),
    ('GRL', 'GL', 'iso_code'),
    ('GRL', 'Greenland', 'name'),
    ('GRL', 'Nuuk', 'capital'),
    ('GRL', 'Greenlandic', 'demonym'),
    ('GRL', 'Greenlander', 'demonym');

-- GTM Guatemala
insert into country_alias (country_code, alias, alias_kind) values
    ('GTM', 'Guatemala', 'register_name'),
    ('GTM', 'GTM', 'iso_code'),
    ('GTM', 'GT', 'iso_code'),
    ('GTM', 'Republic of Guatemala', 'name'),
    ('GTM', 'Guatemala City', 'capital'),
    ('GTM', 'Guatemalan', 'demonym');

-- GUF French Guiana
insert into country_alias (country_code, alias, alias_kind) values
    ('GUF', 'GUF', 'iso_code'),
    ('GUF', 'GF', 'iso_code'),
    ('GUF', 'French Guiana', 'name'),
    ('GUF', 'Cayenne', 'capital'),
    ('GUF', 'French Guianese', 'demonym');

-- GUM Guam
insert into country_alias (country_code, alias, alias_kind) values
    ('GUM', 'GUM', 'iso_code'),
    ('GUM', 'GU', 'iso_code'),
    ('GUM', 'Guam', 'name'),
    ('GUM', 'Hagåtña', 'capital'),
    ('GUM', 'Hagatna', 'capital'),
    ('GUM', 'Guamanian', 'demonym');

-- GUY Guyana
insert into country_alias (country_code, alias, alias_kind) values
    ('GUY', 'Guyana', 'register_name'),
    ('GUY', 'GUY', 'iso_code'),
    ('GUY', 'GY', 'iso_code'),
    ('GUY', 'Republic of Guyana', 'name'),
    ('GUY', 'British Guiana', 'name'),
    ('GUY', 'Georgetown', 'capital'),
    ('GUY', 'Guyanese', 'demonym');

-- HKG Hong Kong
insert into country_alias (country_code, alias, alias_kind) values
    ('HKG', 'HKG', 'iso_code'),
    ('HKG', 'HK', 'iso_code'),
    ('HKG', 'Hong Kong', 'name'),
    ('HKG', 'Hong Kong Special Administrative Region of China', 'name'),
    ('HKG', 'Hongkonger', 'demonym'),
    ('HKG', 'Hong Konger', 'demonym');

-- HMD Heard Island and McDonald Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('HMD', 'HMD', 'iso_code'),
    ('HMD', 'HM', 'iso_code'),
    ('HMD', 'Heard Island and McDonald Islands', 'name');

-- HND Honduras
insert into country_alias (country_code, alias, alias_kind) values
    ('HND', 'Honduras', 'register_name'),
    ('HND', 'HND', 'iso_code'),
    ('HND', 'HN', 'iso_code'),
    ('HND', 'Republic of Honduras', 'name'),
    ('HND', 'Tegucigalpa', 'capital'),
    ('HND', 'Honduran', 'demonym');

-- HRV Croatia
insert into country_alias (country_code, alias, alias_kind) values
    ('HRV', 'Croatia', 'register_name'),
    ('HRV', 'HRV', 'iso_code'),
    ('HRV', 'HR', 'iso_code'),
    ('HRV', 'Republic of Croatia', 'name'),
    ('HRV', 'Hrvatska', 'name'),
    ('HRV', 'Zagreb', 'capital'),
    ('HRV', 'Croatian', 'demonym'),
    ('HRV', 'Croat', 'demonym');

-- HTI Haiti
insert into country_alias (country_code, alias, alias_kind) values
    ('HTI', 'Haiti', 'register_name'),
    ('HTI', 'HTI', 'iso_code'),
    ('HTI', 'HT', 'iso_code'),
    ('HTI', 'Republic of Haiti', 'name'),
    ('HTI', 'Port-au-Prince', 'capital'),
    ('HTI', 'Haitian', 'demonym');

-- HUN Hungary
insert into country_alias (country_code, alias, alias_kind) values
    ('HUN', 'Hungary', 'register_name'),
    ('HUN', 'HUN', 'iso_code'),
    ('HUN', 'HU', 'iso_code'),
    ('HUN', 'Budapest', 'capital'),
    ('HUN', 'Hungarian', 'demonym');

-- IDN Indonesia
insert into country_alias (country_code, alias, alias_kind) values
    ('IDN', 'Indonesia', 'register_name'),
    ('IDN', 'IDN', 'iso_code'),
    ('IDN', 'ID', 'iso_code'),
    ('IDN', 'Republic of Indonesia', 'name'),
    ('IDN', 'Jakarta', 'capital'),
    ('IDN', 'Indonesian', 'demonym');

-- IMN Isle of Man
insert into country_alias (country_code, alias, alias_kind) values
    ('IMN', 'IMN', 'iso_code'),
    ('IMN', 'IM', 'iso_code'),
    ('IMN', 'Isle of Man', 'name'),
    ('IMN', 'Manx', 'demonym');

-- IND India
insert into country_alias (country_code, alias, alias_kind) values
    ('IND', 'India', 'register_name'),
    ('IND', 'IND', 'iso_code'),
    ('IND', 'IN', 'iso_code'),
    ('IND', 'Republic of India', 'name'),
    ('IND', 'Bharat', 'name'),
    ('IND', 'New Delhi', 'capital'),
    ('IND', 'South Block', 'metonym'),
    ('IND', 'Indian', 'demonym');

-- IOT British Indian Ocean Territory
insert into country_alias (country_code, alias, alias_kind) values
    ('IOT', 'IOT', 'iso_code'),
    ('IOT', 'IO', 'iso_code'),
    ('IOT', 'British Indian Ocean Territory', 'name'),
    ('IOT', 'BIOT', 'name'),
    ('IOT', 'Chagos Archipelago', 'name'),
    ('IOT', 'Chagos Islands', 'name');

-- IRL Ireland
insert into country_alias (country_code, alias, alias_kind) values
    ('IRL', 'Ireland', 'register_name'),
    ('IRL', 'IRL', 'iso_code'),
    ('IRL', 'IE', 'iso_code'),
    ('IRL', 'Republic of Ireland', 'name'),
    ('IRL', 'Eire', 'name'),
    ('IRL', 'Éire', 'name'),
    ('IRL', 'Dublin', 'capital'),
    ('IRL', 'Irish', 'demonym');

-- IRN Iran
insert into country_alias (country_code, alias, alias_kind) values
    ('IRN', 'Iran', 'register_name'),
    ('IRN', 'IRN', 'iso_code'),
    ('IRN', 'IR', 'iso_code'),
    ('IRN', 'Iran, Islamic Republic of', 'name'),
    ('IRN', 'Islamic Republic of Iran', 'name'),
    ('IRN', 'Persia', 'name'),
    ('IRN', 'Tehran', 'capital'),
    ('IRN', 'Teheran', 'capital'),
    ('IRN', 'Iranian', 'demonym');

-- IRQ Iraq
insert into country_alias (country_code, alias, alias_kind) values
    ('IRQ', 'Iraq', 'register_name'),
    ('IRQ', 'IRQ', 'iso_code'),
    ('IRQ', 'IQ', 'iso_code'),
    ('IRQ', 'Republic of Iraq', 'name'),
    ('IRQ', 'Baghdad', 'capital'),
    ('IRQ', 'Iraqi', 'demonym');

-- ISL Iceland
insert into country_alias (country_code, alias, alias_kind) values
    ('ISL', 'Iceland', 'register_name'),
    ('ISL', 'ISL', 'iso_code'),
    ('ISL', 'IS', 'iso_code'),
    ('ISL', 'Republic of Iceland', 'name'),
    ('ISL', 'Reykjavík', 'capital'),
    ('ISL', 'Reykjavik', 'capital'),
    ('ISL', 'Icelandic', 'demonym'),
    ('ISL', 'Icelander', 'demonym');

-- ISR Israel
insert into country_alias (country_code, alias, alias_kind) values
    ('ISR', 'Israel', 'register_name'),
    ('ISR', 'ISR', 'iso_code'),
    ('ISR', 'IL', 'iso_code'),
    ('ISR', 'State of Israel', 'name'),
    ('ISR', 'Jerusalem', 'capital'),
    ('ISR', 'Israeli', 'demonym');

-- ITA Italy
insert into country_alias (country_code, alias, alias_kind) values
    ('ITA', 'Italy', 'register_name'),
    ('ITA', 'ITA', 'iso_code'),
    ('ITA', 'IT', 'iso_code'),
    ('ITA', 'Italian Republic', 'name'),
    ('ITA', 'Italia', 'name'),
    ('ITA', 'Rome', 'capital'),
    ('ITA', 'Roma', 'capital'),
    ('ITA', 'Palazzo Chigi', 'metonym'),
    ('ITA', 'the Farnesina', 'metonym'),
    ('ITA', 'Farnesina', 'metonym'),
    ('ITA', 'Italian', 'demonym');

-- JAM Jamaica
insert into country_alias (country_code, alias, alias_kind) values
    ('JAM', 'Jamaica', 'register_name'),
    ('JAM', 'JAM', 'iso_code'),
    ('JAM', 'JM', 'iso_code'),
    ('JAM', 'Kingston', 'capital'),
    ('JAM', 'Jamaican', 'demonym');

-- JEY Jersey
insert into country_alias (country_code, alias, alias_kind) values
    ('JEY', 'JEY', 'iso_code'),
    ('JEY', 'JE', 'iso_code'),
    ('JEY', 'Jersey', 'name'),
    ('JEY', 'Saint Helier', 'capital'),
    ('JEY', 'St Helier', 'capital');

-- JOR Jordan
insert into country_alias (country_code, alias, alias_kind) values
    ('JOR', 'Jordan', 'register_name'),
    ('JOR', 'JOR', 'iso_code'),
    ('JOR', 'JO', 'iso_code'),
    ('JOR', 'Hashemite Kingdom of Jordan', 'name'),
    ('JOR', 'Amman', 'capital'),
    ('JOR', 'Jordanian', 'demonym');

-- JPN Japan
insert into country_alias (country_code, alias, alias_kind) values
    ('JPN', 'Japan', 'register_name'),
    ('JPN', 'JPN', 'iso_code'),
    ('JPN', 'JP', 'iso_code'),
    ('JPN', 'Nippon', 'name'),
    ('JPN', 'Nihon', 'name'),
    ('JPN', 'Tokyo', 'capital'),
    ('JPN', 'Japanese', 'demonym'),
    ('JPN', 'State of Japan', 'name');

-- KAZ Kazakhstan
insert into country_alias (country_code, alias, alias_kind) values
    ('KAZ', 'Kazakhstan', 'register_name'),
    ('KAZ', 'KAZ', 'iso_code'),
    ('KAZ', 'KZ', 'iso_code'),
    ('KAZ', 'Republic of Kazakhstan', 'name'),
    ('KAZ', 'Astana', 'capital'),
    ('KAZ', 'Nur-Sultan', 'capital'),
    ('KAZ', 'Akmola', 'capital'),
    ('KAZ', 'Akorda', 'metonym'),
    ('KAZ', 'Kazakh', 'demonym'),
    ('KAZ', 'Kazakhstani', 'demonym');

-- KEN Kenya
insert into country_alias (country_code, alias, alias_kind) values
    ('KEN', 'Kenya', 'register_name'),
    ('KEN', 'KEN', 'iso_code'),
    ('KEN', 'KE', 'iso_code'),
    ('KEN', 'Republic of Kenya', 'name'),
    ('KEN', 'Nairobi', 'capital'),
    ('KEN', 'Kenyan', 'demonym');

-- KGZ Kyrgyzstan
insert into country_alias (country_code, alias, alias_kind) values
    ('KGZ', 'Kyrgyzstan', 'register_name'),
    ('KGZ', 'KGZ', 'iso_code'),
    ('KGZ', 'KG', 'iso_code'),
    ('KGZ', 'Kyrgyz Republic', 'name'),
    ('KGZ', 'Kirghizia', 'name'),
    ('KGZ', 'Kirgizia', 'name'),
    ('KGZ', 'Bishkek', 'capital'),
    ('KGZ', 'Kyrgyz', 'demonym'),
    ('KGZ', 'Kyrgyzstani', 'demonym');

-- KHM Cambodia
insert into country_alias (country_code, alias, alias_kind) values
    ('KHM', 'Cambodia', 'register_name'),
    ('KHM', 'KHM', 'iso_code'),
    ('KHM', 'KH', 'iso_code'),
    ('KHM', 'Kingdom of Cambodia', 'name'),
    ('KHM', 'Kampuchea', 'name'),
    ('KHM', 'Democratic Kampuchea', 'name'),
    ('KHM', 'Phnom Penh', 'capital'),
    ('KHM', 'Cambodian', 'demonym');

-- KIR Kiribati
insert into country_alias (country_code, alias, alias_kind) values
    ('KIR', 'KIR', 'iso_code'),
    ('KIR', 'KI', 'iso_code'),
    ('KIR', 'Kiribati', 'name'),
    ('KIR', 'Republic of Kiribati', 'name'),
    ('KIR', 'South Tarawa', 'capital'),
    ('KIR', 'Tarawa', 'capital'),
    ('KIR', 'I-Kiribati', 'demonym');

-- KNA Saint Kitts and Nevis
insert into country_alias (country_code, alias, alias_kind) values
    ('KNA', 'Saint Kitts and Nevis', 'register_name'),
    ('KNA', 'KNA', 'iso_code'),
    ('KNA', 'KN', 'iso_code'),
    ('KNA', 'St Kitts and Nevis', 'name'),
    ('KNA', 'St. Kitts and Nevis', 'name'),
    ('KNA', 'Saint Kitts', 'name'),
    ('KNA', 'St Kitts', 'name'),
    ('KNA', 'Basseterre', 'capital'),
    ('KNA', 'Kittitian', 'demonym'),
    ('KNA', 'Nevisian', 'demonym');

-- KOR South Korea
insert into country_alias (country_code, alias, alias_kind) values
    ('KOR', 'South Korea', 'register_name'),
    ('KOR', 'KOR', 'iso_code'),
    ('KOR', 'KR', 'iso_code'),
    ('KOR', 'Korea, Republic of', 'name'),
    ('KOR', 'ROK', 'abbreviation'),
    ('KOR', 'R.O.K.', 'abbreviation'),
    ('KOR', 'Korea (South)', 'name'),
    ('KOR', 'Korea, South', 'name'),
    ('KOR', 'South Korea (ROK)', 'name'),
    ('KOR', 'Seoul', 'capital'),
    ('KOR', 'the Blue House', 'metonym'),
    ('KOR', 'Blue House', 'metonym'),
    ('KOR', 'Cheong Wa Dae', 'metonym'),
    ('KOR', 'South Korean', 'demonym');

-- KWT Kuwait
insert into country_alias (country_code, alias, alias_kind) values
    ('KWT', 'Kuwait', 'register_name'),
    ('KWT', 'KWT', 'iso_code'),
    ('KWT', 'KW', 'iso_code'),
    ('KWT', 'State of Kuwait', 'name'),
    ('KWT', 'Kuwait City', 'capital'),
    ('KWT', 'Kuwaiti', 'demonym');

-- LAO Laos
insert into country_alias (country_code, alias, alias_kind) values
    ('LAO', 'Laos', 'register_name'),
    ('LAO', 'LAO', 'iso_code'),
    ('LAO', 'LA', 'iso_code'),
    ('LAO', 'Lao People''s Democratic Republic', 'name'),
    ('LAO', 'Lao PDR', 'name'),
    ('LAO', 'Vientiane', 'capital'),
    ('LAO', 'Laotian', 'demonym');

-- LBN Lebanon
insert into country_alias (country_code, alias, alias_kind) values
    ('LBN', 'Lebanon', 'register_name'),
    ('LBN', 'LBN', 'iso_code'),
    ('LBN', 'LB', 'iso_code'),
    ('LBN', 'Lebanese Republic', 'name'),
    ('LBN', 'Beirut', 'capital'),
    ('LBN', 'Lebanese', 'demonym');

-- LBR Liberia
insert into country_alias (country_code, alias, alias_kind) values
    ('LBR', 'Liberia', 'register_name'),
    ('LBR', 'LBR', 'iso_code'),
    ('LBR', 'LR', 'iso_code'),
    ('LBR', 'Republic of Liberia', 'name'),
    ('LBR', 'Monrovia', 'capital'),
    ('LBR', 'Liberian', 'demonym');

-- LBY Libya
insert into country_alias (country_code, alias, alias_kind) values
    ('LBY', 'Libya', 'register_name'),
    ('LBY', 'LBY', 'iso_code'),
    ('LBY', 'LY', 'iso_code'),
    ('LBY', 'State of Libya', 'name'),
    ('LBY', 'Libyan Arab Jamahiriya', 'name'),
    ('LBY', 'Great Socialist People''s Libyan Arab Jamahiriya', 'name'),
    ('LBY', 'Tripoli', 'capital'),
    ('LBY', 'Libyan', 'demonym');

-- LCA Saint Lucia
insert into country_alias (country_code, alias, alias_kind) values
    ('LCA', 'LCA', 'iso_code'),
    ('LCA', 'LC', 'iso_code'),
    ('LCA', 'Saint Lucia', 'name'),
    ('LCA', 'St Lucia', 'name'),
    ('LCA', 'St. Lucia', 'name'),
    ('LCA', 'Castries', 'capital'),
    ('LCA', 'Saint Lucian', 'demonym');

-- LIE Liechtenstein
insert into country_alias (country_code, alias, alias_kind) values
    ('LIE', 'LIE', 'iso_code'),
    ('LIE', 'LI', 'iso_code'),
    ('LIE', 'Liechtenstein', 'name'),
    ('LIE', 'Principality of Liechtenstein', 'name'),
    ('LIE', 'Vaduz', 'capital'),
    ('LIE', 'Liechtensteiner', 'demonym');

-- LKA Sri Lanka
insert into country_alias (country_code, alias, alias_kind) values
    ('LKA', 'Sri Lanka', 'register_name'),
    ('LKA', 'LKA', 'iso_code'),
    ('LKA', 'LK', 'iso_code'),
    ('LKA', 'Democratic Socialist Republic of Sri Lanka', 'name'),
    ('LKA', 'Ceylon', 'name'),
    ('LKA', 'Sri Jayawardenepura Kotte', 'capital'),
    ('LKA', 'Kotte', 'capital'),
    ('LKA', 'Colombo', 'capital'),
    ('LKA', 'Sri Lankan', 'demonym');

-- LSO Lesotho
insert into country_alias (country_code, alias, alias_kind) values
    ('LSO', 'Lesotho', 'register_name'),
    ('LSO', 'LSO', 'iso_code'),
    ('LSO', 'LS', 'iso_code'),
    ('LSO', 'Kingdom of Lesotho', 'name'),
    ('LSO', 'Basutoland', 'name'),
    ('LSO', 'Maseru', 'capital'),
    ('LSO', 'Basotho', 'demonym'),
    ('LSO', 'Mosotho', 'demonym');

-- LTU Lithuania
insert into country_alias (country_code, alias, alias_kind) values
    ('LTU', 'Lithuania', 'register_name'),
    ('LTU', 'LTU', 'iso_code'),
    ('LTU', 'LT', 'iso_code'),
    ('LTU', 'Republic of Lithuania', 'name'),
    ('LTU', 'Vilnius', 'capital'),
    ('LTU', 'Lithuanian', 'demonym');

-- LUX Luxembourg
insert into country_alias (country_code, alias, alias_kind) values
    ('LUX', 'Luxembourg', 'register_name'),
    ('LUX', 'LUX', 'iso_code'),
    ('LUX', 'LU', 'iso_code'),
    ('LUX', 'Grand Duchy of Luxembourg', 'name'),
    ('LUX', 'Luxembourg City', 'capital'),
    ('LUX', 'Luxembourger', 'demonym'),
    ('LUX', 'Luxembourgish', 'demonym');

-- LVA Latvia
insert into country_alias (country_code, alias, alias_kind) values
    ('LVA', 'Latvia', 'register_name'),
    ('LVA', 'LVA', 'iso_code'),
    ('LVA', 'LV', 'iso_code'),
    ('LVA', 'Republic of Latvia', 'name'),
    ('LVA', 'Riga', 'capital'),
    ('LVA', 'Latvian', 'demonym');

-- MAC Macao
insert into country_alias (country_code, alias, alias_kind) values
    ('MAC', 'MAC', 'iso_code'),
    ('MAC', 'MO', 'iso_code'),
    ('MAC', 'Macao', 'name'),
    ('MAC', 'Macao Special Administrative Region of China', 'name'),
    ('MAC', 'Macau', 'name'),
    ('MAC', 'Macanese', 'demonym');

-- MAF Saint Martin
insert into country_alias (country_code, alias, alias_kind) values
    ('MAF', 'MAF', 'iso_code'),
    ('MAF', 'MF', 'iso_code'),
    ('MAF', 'Saint Martin', 'name'),
    ('MAF', 'Saint Martin (French part)', 'name'),
    ('MAF', 'Saint-Martin', 'name'),
    ('MAF', 'St Martin', 'name'),
    ('MAF', 'Marigot', 'capital');

-- MAR Morocco
insert into country_alias (country_code, alias, alias_kind) values
    ('MAR', 'Morocco', 'register_name'),
    ('MAR', 'MAR', 'iso_code'),
    ('MAR', 'MA', 'iso_code'),
    ('MAR', 'Kingdom of Morocco', 'name'),
    ('MAR', 'Rabat', 'capital'),
    ('MAR', 'Moroccan', 'demonym');

-- MCO Monaco
insert into country_alias (country_code, alias, alias_kind) values
    ('MCO', 'MCO', 'iso_code'),
    ('MCO', 'MC', 'iso_code'),
    ('MCO', 'Monaco', 'name'),
    ('MCO', 'Principality of Monaco', 'name'),
    ('MCO', 'Monaco-Ville', 'capital'),
    ('MCO', 'Monégasque', 'demonym'),
    ('MCO', 'Monegasque', 'demonym');

-- MDA Moldova
insert into country_alias (country_code, alias, alias_kind) values
    ('MDA', 'Moldova', 'register_name'),
    ('MDA', 'MDA', 'iso_code'),
    ('MDA', 'MD', 'iso_code'),
    ('MDA', 'Moldova, Republic of', 'name'),
    ('MDA', 'Republic of Moldova', 'name'),
    ('MDA', 'Moldavia', 'name'),
    ('MDA', 'Chișinău', 'capital'),
    ('MDA', 'Chisinau', 'capital'),
    ('MDA', 'Kishinev', 'capital'),
    ('MDA', 'Moldovan', 'demonym');

-- MDG Madagascar
insert into country_alias (country_code, alias, alias_kind) values
    ('MDG', 'Madagascar', 'register_name'),
    ('MDG', 'MDG', 'iso_code'),
    ('MDG', 'MG', 'iso_code'),
    ('MDG', 'Republic of Madagascar', 'name'),
    ('MDG', 'Antananarivo', 'capital'),
    ('MDG', 'Malagasy', 'demonym');

-- MDV Maldives
insert into country_alias (country_code, alias, alias_kind) values
    ('MDV', 'Maldives', 'register_name'),
    ('MDV', 'MDV', 'iso_code'),
    ('MDV', 'MV', 'iso_code'),
    ('MDV', 'Republic of Maldives', 'name'),
    ('MDV', 'Malé', 'capital'),
    ('MDV', 'Maldivian', 'demonym'),
    ('MDV', 'Male', 'capital');

-- MEX Mexico
insert into country_alias (country_code, alias, alias_kind) values
    ('MEX', 'Mexico', 'register_name'),
    ('MEX', 'MEX', 'iso_code'),
    ('MEX', 'MX', 'iso_code'),
    ('MEX', 'United Mexican States', 'name'),
    ('MEX', 'Mexico City', 'capital'),
    ('MEX', 'Mexican', 'demonym');

-- MHL Marshall Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('MHL', 'MHL', 'iso_code'),
    ('MHL', 'MH', 'iso_code'),
    ('MHL', 'Marshall Islands', 'name'),
    ('MHL', 'Republic of the Marshall Islands', 'name'),
    ('MHL', 'Majuro', 'capital'),
    ('MHL', 'Marshallese', 'demonym');

-- MKD North Macedonia
insert into country_alias (country_code, alias, alias_kind) values
    ('MKD', 'North Macedonia', 'register_name'),
    ('MKD', 'MKD', 'iso_code'),
    ('MKD', 'MK', 'iso_code'),
    ('MKD', 'Republic of North Macedonia', 'name'),
    ('MKD', 'Macedonia', 'name'),
    ('MKD', 'Former Yugoslav Republic of Macedonia', 'name'),
    ('MKD', 'FYROM', 'name'),
    ('MKD', 'Macedonia (FYROM)', 'name'),
    ('MKD', 'Skopje', 'capital'),
    ('MKD', 'Macedonian', 'demonym'),
    ('MKD', 'North Macedonian', 'demonym');

-- MLI Mali
insert into country_alias (country_code, alias, alias_kind) values
    ('MLI', 'Mali', 'register_name'),
    ('MLI', 'MLI', 'iso_code'),
    ('MLI', 'ML', 'iso_code'),
    ('MLI', 'Republic of Mali', 'name'),
    ('MLI', 'Bamako', 'capital'),
    ('MLI', 'Malian', 'demonym');

-- MLT Malta
insert into country_alias (country_code, alias, alias_kind) values
    ('MLT', 'Malta', 'register_name'),
    ('MLT', 'MLT', 'iso_code'),
    ('MLT', 'MT', 'iso_code'),
    ('MLT', 'Republic of Malta', 'name'),
    ('MLT', 'Valletta', 'capital'),
    ('MLT', 'Maltese', 'demonym');

-- MMR Myanmar
insert into country_alias (country_code, alias, alias_kind) values
    ('MMR', 'Myanmar', 'register_name'),
    ('MMR', 'MMR', 'iso_code'),
    ('MMR', 'MM', 'iso_code'),
    ('MMR', 'Republic of Myanmar', 'name'),
    ('MMR', 'Burma', 'name'),
    ('MMR', 'Republic of the Union of Myanmar', 'name'),
    ('MMR', 'Union of Burma', 'name'),
    ('MMR', 'Naypyidaw', 'capital'),
    ('MMR', 'Nay Pyi Taw', 'capital'),
    ('MMR', 'Naypyitaw', 'capital'),
    ('MMR', 'Burmese', 'demonym');

-- MNE Montenegro
insert into country_alias (country_code, alias, alias_kind) values
    ('MNE', 'Montenegro', 'register_name'),
    ('MNE', 'MNE', 'iso_code'),
    ('MNE', 'ME', 'iso_code'),
    ('MNE', 'Crna Gora', 'name'),
    ('MNE', 'Podgorica', 'capital'),
    ('MNE', 'Montenegrin', 'demonym');

-- MNG Mongolia
insert into country_alias (country_code, alias, alias_kind) values
    ('MNG', 'Mongolia', 'register_name'),
    ('MNG', 'MNG', 'iso_code'),
    ('MNG', 'MN', 'iso_code'),
    ('MNG', 'Ulaanbaatar', 'capital'),
    ('MNG', 'Ulan Bator', 'capital'),
    ('MNG', 'Mongolian', 'demonym');

-- MNP Northern Mariana Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('MNP', 'MNP', 'iso_code'),
    ('MNP', 'MP', 'iso_code'),
    ('MNP', 'Northern Mariana Islands', 'name'),
    ('MNP', 'Commonwealth of the Northern Mariana Islands', 'name'),
    ('MNP', 'Northern Marianas', 'name'),
    ('MNP', 'Saipan', 'capital'),
    ('MNP', 'Northern Mariana Islander', 'demonym');

-- MOZ Mozambique
insert into country_alias (country_code, alias, alias_kind) values
    ('MOZ', 'Mozambique', 'register_name'),
    ('MOZ', 'MOZ', 'iso_code'),
    ('MOZ', 'MZ', 'iso_code'),
    ('MOZ', 'Republic of Mozambique', 'name'),
    ('MOZ', 'Maputo', 'capital'),
    ('MOZ', 'Mozambican', 'demonym');

-- MRT Mauritania
insert into country_alias (country_code, alias, alias_kind) values
    ('MRT', 'Mauritania', 'register_name'),
    ('MRT', 'MRT', 'iso_code'),
    ('MRT', 'MR', 'iso_code'),
    ('MRT', 'Islamic Republic of Mauritania', 'name'),
    ('MRT', 'Nouakchott', 'capital'),
    ('MRT', 'Mauritanian', 'demonym');

-- MSR Montserrat
insert into country_alias (country_code, alias, alias_kind) values
    ('MSR', 'MSR', 'iso_code'),
    ('MSR', 'MS', 'iso_code'),
    ('MSR', 'Montserrat', 'name'),
    ('MSR', 'Brades', 'capital'),
    ('MSR', 'Montserratian', 'demonym');

-- MTQ Martinique
insert into country_alias (country_code, alias, alias_kind) values
    ('MTQ', 'MTQ', 'iso_code'),
    ('MTQ', 'MQ', 'iso_code'),
    ('MTQ', 'Martinique', 'name'),
    ('MTQ', 'Fort-de-France', 'capital'),
    ('MTQ', 'Martinican', 'demonym'),
    ('MTQ', 'Martiniquais', 'demonym');

-- MUS Mauritius
insert into country_alias (country_code, alias, alias_kind) values
    ('MUS', 'Mauritius', 'register_name'),
    ('MUS', 'MUS', 'iso_code'),
    ('MUS', 'MU', 'iso_code'),
    ('MUS', 'Republic of Mauritius', 'name'),
    ('MUS', 'Port Louis', 'capital'),
    ('MUS', 'Mauritian', 'demonym');

-- MWI Malawi
insert into country_alias (country_code, alias, alias_kind) values
    ('MWI', 'Malawi', 'register_name'),
    ('MWI', 'MWI', 'iso_code'),
    ('MWI', 'MW', 'iso_code'),
    ('MWI', 'Republic of Malawi', 'name'),
    ('MWI', 'Nyasaland', 'name'),
    ('MWI', 'Lilongwe', 'capital'),
    ('MWI', 'Malawian', 'demonym');

-- MYS Malaysia
insert into country_alias (country_code, alias, alias_kind) values
    ('MYS', 'Malaysia', 'register_name'),
    ('MYS', 'MYS', 'iso_code'),
    ('MYS', 'MY', 'iso_code'),
    ('MYS', 'Malaya', 'name'),
    ('MYS', 'Kuala Lumpur', 'capital'),
    ('MYS', 'Putrajaya', 'capital'),
    ('MYS', 'Malaysian', 'demonym');

-- MYT Mayotte
insert into country_alias (country_code, alias, alias_kind) values
    ('MYT', 'MYT', 'iso_code'),
    ('MYT', 'YT', 'iso_code'),
    ('MYT', 'Mayotte', 'name'),
    ('MYT', 'Mamoudzou', 'capital'),
    ('MYT', 'Mahoran', 'demonym');

-- NAM Namibia
insert into country_alias (country_code, alias, alias_kind) values
    ('NAM', 'Namibia', 'register_name'),
    ('NAM', 'NAM', 'iso_code'),
    ('NAM', 'NA', 'iso_code'),
    ('NAM', 'Republic of Namibia', 'name'),
    ('NAM', 'South West Africa', 'name'),
    ('NAM', 'Windhoek', 'capital'),
    ('NAM', 'Namibian', 'demonym');

-- NCL New Caledonia
insert into country_alias (country_code, alias, alias_kind) values
    ('NCL', 'NCL', 'iso_code'),
    ('NCL', 'NC', 'iso_code'),
    ('NCL', 'New Caledonia', 'name'),
    ('NCL', 'Nouméa', 'capital'),
    ('NCL', 'Noumea', 'capital'),
    ('NCL', 'New Caledonian', 'demonym');

-- NER Niger
insert into country_alias (country_code, alias, alias_kind) values
    ('NER', 'Niger', 'register_name'),
    ('NER', 'NER', 'iso_code'),
    ('NER', 'NE', 'iso_code'),
    ('NER', 'Republic of the Niger', 'name'),
    ('NER', 'Niamey', 'capital'),
    ('NER', 'Nigerien', 'demonym');

-- NFK Norfolk Island
insert into country_alias (country_code, alias, alias_kind) values
    ('NFK', 'NFK', 'iso_code'),
    ('NFK', 'NF', 'iso_code'),
    ('NFK', 'Norfolk Island', 'name'),
    ('NFK', 'Norfolk Islander', 'demonym');

-- NGA Nigeria
insert into country_alias (country_code, alias, alias_kind) values
    ('NGA', 'Nigeria', 'register_name'),
    ('NGA', 'NGA', 'iso_code'),
    ('NGA', 'NG', 'iso_code'),
    ('NGA', 'Federal Republic of Nigeria', 'name'),
    ('NGA', 'Abuja', 'capital'),
    ('NGA', 'Nigerian', 'demonym');

-- NIC Nicaragua
insert into country_alias (country_code, alias, alias_kind) values
    ('NIC', 'Nicaragua', 'register_name'),
    ('NIC', 'NIC', 'iso_code'),
    ('NIC', 'NI', 'iso_code'),
    ('NIC', 'Republic of Nicaragua', 'name'),
    ('NIC', 'Managua', 'capital'),
    ('NIC', 'Nicaraguan', 'demonym');

-- NIU Niue
insert into country_alias (country_code, alias, alias_kind) values
    ('NIU', 'NIU', 'iso_code'),
    ('NIU', 'NU', 'iso_code'),
    ('NIU', 'Niue', 'name'),
    ('NIU', 'Alofi', 'capital'),
    ('NIU', 'Niuean', 'demonym');

-- NLD Netherlands
insert into country_alias (country_code, alias, alias_kind) values
    ('NLD', 'Netherlands', 'register_name'),
    ('NLD', 'NLD', 'iso_code'),
    ('NLD', 'NL', 'iso_code'),
    ('NLD', 'Kingdom of the Netherlands', 'name'),
    ('NLD', 'Holland', 'name'),
    ('NLD', 'The Netherlands', 'name'),
    ('NLD', 'Amsterdam', 'capital'),
    ('NLD', 'Dutch', 'demonym');

-- NOR Norway
insert into country_alias (country_code, alias, alias_kind) values
    ('NOR', 'Norway', 'register_name'),
    ('NOR', 'NOR', 'iso_code'),
    ('NOR', 'NO', 'iso_code'),
    ('NOR', 'Kingdom of Norway', 'name'),
    ('NOR', 'Oslo', 'capital'),
    ('NOR', 'Norwegian', 'demonym');

-- NPL Nepal
insert into country_alias (country_code, alias, alias_kind) values
    ('NPL', 'Nepal', 'register_name'),
    ('NPL', 'NPL', 'iso_code'),
    ('NPL', 'NP', 'iso_code'),
    ('NPL', 'Federal Democratic Republic of Nepal', 'name'),
    ('NPL', 'Kathmandu', 'capital'),
    ('NPL', 'Nepali', 'demonym'),
    ('NPL', 'Nepalese', 'demonym');

-- NRU Nauru
insert into country_alias (country_code, alias, alias_kind) values
    ('NRU', 'NRU', 'iso_code'),
    ('NRU', 'NR', 'iso_code'),
    ('NRU', 'Nauru', 'name'),
    ('NRU', 'Republic of Nauru', 'name'),
    ('NRU', 'Yaren', 'capital'),
    ('NRU', 'Nauruan', 'demonym');

-- NZL New Zealand
insert into country_alias (country_code, alias, alias_kind) values
    ('NZL', 'New Zealand', 'register_name'),
    ('NZL', 'NZL', 'iso_code'),
    ('NZL', 'NZ', 'iso_code'),
    ('NZL', 'Aotearoa', 'name'),
    ('NZL', 'Wellington', 'capital'),
    ('NZL', 'New Zealander', 'demonym');

-- OMN Oman
insert into country_alias (country_code, alias, alias_kind) values
    ('OMN', 'Oman', 'register_name'),
    ('OMN', 'OMN', 'iso_code'),
    ('OMN', 'OM', 'iso_code'),
    ('OMN', 'Sultanate of Oman', 'name'),
    ('OMN', 'Muscat', 'capital'),
    ('OMN', 'Omani', 'demonym');

-- PAK Pakistan
insert into country_alias (country_code, alias, alias_kind) values
    ('PAK', 'Pakistan', 'register_name'),
    ('PAK', 'PAK', 'iso_code'),
    ('PAK', 'PK', 'iso_code'),
    ('PAK', 'Islamic Republic of Pakistan', 'name'),
    ('PAK', 'Islamabad', 'capital'),
    ('PAK', 'Rawalpindi', 'metonym'),
    ('PAK', 'Pakistani', 'demonym');

-- PAN Panama
insert into country_alias (country_code, alias, alias_kind) values
    ('PAN', 'Panama', 'register_name'),
    ('PAN', 'PAN', 'iso_code'),
    ('PAN', 'PA', 'iso_code'),
    ('PAN', 'Republic of Panama', 'name'),
    ('PAN', 'Panama City', 'capital'),
    ('PAN', 'Panamanian', 'demonym');

-- PCN Pitcairn Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('PCN', 'PCN', 'iso_code'),
    ('PCN', 'PN', 'iso_code'),
    ('PCN', 'Pitcairn Islands', 'name'),
    ('PCN', 'Pitcairn', 'name'),
    ('PCN', 'Adamstown', 'capital'),
    ('PCN', 'Pitcairn Islander', 'demonym');

-- PER Peru
insert into country_alias (country_code, alias, alias_kind) values
    ('PER', 'Peru', 'register_name'),
    ('PER', 'PER', 'iso_code'),
    ('PER', 'PE', 'iso_code'),
    ('PER', 'Republic of Peru', 'name'),
    ('PER', 'Lima', 'capital'),
    ('PER', 'Peruvian', 'demonym');

-- PHL Philippines
insert into country_alias (country_code, alias, alias_kind) values
    ('PHL', 'Philippines', 'register_name'),
    ('PHL', 'PHL', 'iso_code'),
    ('PHL', 'PH', 'iso_code'),
    ('PHL', 'Republic of the Philippines', 'name'),
    ('PHL', 'The Philippines', 'name'),
    ('PHL', 'Manila', 'capital'),
    ('PHL', 'Malacañang', 'metonym'),
    ('PHL', 'Malacanang', 'metonym'),
    ('PHL', 'Filipino', 'demonym'),
    ('PHL', 'Philippine', 'demonym');

-- PLW Palau
insert into country_alias (country_code, alias, alias_kind) values
    ('PLW', 'PLW', 'iso_code'),
    ('PLW', 'PW', 'iso_code'),
    ('PLW', 'Palau', 'name'),
    ('PLW', 'Republic of Palau', 'name'),
    ('PLW', 'Ngerulmud', 'capital'),
    ('PLW', 'Melekeok', 'capital'),
    ('PLW', 'Palauan', 'demonym');

-- PNG Papua New Guinea
insert into country_alias (country_code, alias, alias_kind) values
    ('PNG', 'Papua New Guinea', 'register_name'),
    ('PNG', 'PNG', 'iso_code'),
    ('PNG', 'PG', 'iso_code'),
    ('PNG', 'Independent State of Papua New Guinea', 'name'),
    ('PNG', 'Port Moresby', 'capital'),
    ('PNG', 'Papua New Guinean', 'demonym');

-- POL Poland
insert into country_alias (country_code, alias, alias_kind) values
    ('POL', 'Poland', 'register_name'),
    ('POL', 'POL', 'iso_code'),
    ('POL', 'PL', 'iso_code'),
    ('POL', 'Republic of Poland', 'name'),
    ('POL', 'Polska', 'name'),
    ('POL', 'Warsaw', 'capital'),
    ('POL', 'Warszawa', 'capital'),
    ('POL', 'Polish', 'demonym'),
    ('POL', 'Pole', 'demonym');

-- PRI Puerto Rico
insert into country_alias (country_code, alias, alias_kind) values
    ('PRI', 'PRI', 'iso_code'),
    ('PRI', 'PR', 'iso_code'),
    ('PRI', 'Puerto Rico', 'name'),
    ('PRI', 'San Juan', 'capital'),
    ('PRI', 'Puerto Rican', 'demonym');

-- PRK North Korea
insert into country_alias (country_code, alias, alias_kind) values
    ('PRK', 'North Korea', 'register_name'),
    ('PRK', 'PRK', 'iso_code'),
    ('PRK', 'KP', 'iso_code'),
    ('PRK', 'Korea, Democratic People''s Republic of', 'name'),
    ('PRK', 'Democratic People''s Republic of Korea', 'name'),
    ('PRK', 'DPRK', 'abbreviation'),
    ('PRK', 'D.P.R.K.', 'abbreviation'),
    ('PRK', 'Korea (North)', 'name'),
    ('PRK', 'Korea, North', 'name'),
    ('PRK', 'Korea DPR', 'name'),
    ('PRK', 'North Korea (DPRK)', 'name'),
    ('PRK', 'Pyongyang', 'capital'),
    ('PRK', 'North Korean', 'demonym');

-- PRT Portugal
insert into country_alias (country_code, alias, alias_kind) values
    ('PRT', 'Portugal', 'register_name'),
    ('PRT', 'PRT', 'iso_code'),
    ('PRT', 'PT', 'iso_code'),
    ('PRT', 'Portuguese Republic', 'name'),
    ('PRT', 'Lisbon', 'capital'),
    ('PRT', 'Lisboa', 'capital'),
    ('PRT', 'Portuguese', 'demonym');

-- PRY Paraguay
insert into country_alias (country_code, alias, alias_kind) values
    ('PRY', 'Paraguay', 'register_name'),
    ('PRY', 'PRY', 'iso_code'),
    ('PRY', 'PY', 'iso_code'),
    ('PRY', 'Republic of Paraguay', 'name'),
    ('PRY', 'Asunción', 'capital'),
    ('PRY', 'Asuncion', 'capital'),
    ('PRY', 'Paraguayan', 'demonym');

-- PSE Palestine
insert into country_alias (country_code, alias, alias_kind) values
    ('PSE', 'Palestine', 'register_name'),
    ('PSE', 'PSE', 'iso_code'),
    ('PSE', 'PS', 'iso_code'),
    ('PSE', 'Palestine, State of', 'name'),
    ('PSE', 'the State of Palestine', 'name'),
    ('PSE', 'Palestinian Territories', 'name'),
    ('PSE', 'Occupied Palestinian Territory', 'name'),
    ('PSE', 'Ramallah', 'capital'),
    ('PSE', 'Palestinian', 'demonym'),
    ('PSE', 'State of Palestine', 'name');

-- PYF French Polynesia
insert into country_alias (country_code, alias, alias_kind) values
    ('PYF', 'PYF', 'iso_code'),
    ('PYF', 'PF', 'iso_code'),
    ('PYF', 'French Polynesia', 'name'),
    ('PYF', 'Tahiti', 'name'),
    ('PYF', 'Papeete', 'capital'),
    ('PYF', 'French Polynesian', 'demonym');

-- QAT Qatar
insert into country_alias (country_code, alias, alias_kind) values
    ('QAT', 'Qatar', 'register_name'),
    ('QAT', 'QAT', 'iso_code'),
    ('QAT', 'QA', 'iso_code'),
    ('QAT', 'State of Qatar', 'name'),
    ('QAT', 'Doha', 'capital'),
    ('QAT', 'Qatari', 'demonym');

-- REU Réunion
insert into country_alias (country_code, alias, alias_kind) values
    ('REU', 'REU', 'iso_code'),
    ('REU', 'RE', 'iso_code'),
    ('REU', 'Réunion', 'name'),
    ('REU', 'Reunion', 'name'),
    ('REU', 'Réunionese', 'demonym'),
    ('REU', 'Reunionese', 'demonym');

-- ROU Romania
insert into country_alias (country_code, alias, alias_kind) values
    ('ROU', 'Romania', 'register_name'),
    ('ROU', 'ROU', 'iso_code'),
    ('ROU', 'RO', 'iso_code'),
    ('ROU', 'Rumania', 'name'),
    ('ROU', 'Roumania', 'name'),
    ('ROU', 'Bucharest', 'capital'),
    ('ROU', 'Romanian', 'demonym');

-- RUS Russia
insert into country_alias (country_code, alias, alias_kind) values
    ('RUS', 'Russia', 'register_name'),
    ('RUS', 'RUS', 'iso_code'),
    ('RUS', 'RU', 'iso_code'),
    ('RUS', 'Russian Federation', 'name'),
    ('RUS', 'Rossiya', 'name'),
    ('RUS', 'Russia (Russian Federation)', 'name'),
    ('RUS', 'Moscow', 'capital'),
    ('RUS', 'the Kremlin', 'metonym'),
    ('RUS', 'Kremlin', 'metonym'),
    ('RUS', 'Russian', 'demonym');

-- RWA Rwanda
insert into country_alias (country_code, alias, alias_kind) values
    ('RWA', 'Rwanda', 'register_name'),
    ('RWA', 'RWA', 'iso_code'),
    ('RWA', 'RW', 'iso_code'),
    ('RWA', 'Rwandese Republic', 'name'),
    ('RWA', 'Kigali', 'capital'),
    ('RWA', 'Rwandan', 'demonym');

-- SAU Saudi Arabia
insert into country_alias (country_code, alias, alias_kind) values
    ('SAU', 'Saudi Arabia', 'register_name'),
    ('SAU', 'SAU', 'iso_code'),
    ('SAU', 'SA', 'iso_code'),
    ('SAU', 'Kingdom of Saudi Arabia', 'name'),
    ('SAU', 'KSA', 'abbreviation'),
    ('SAU', 'Riyadh', 'capital'),
    ('SAU', 'Saudi', 'demonym'),
    ('SAU', 'Saudi Arabian', 'demonym');

-- SDN Sudan
insert into country_alias (country_code, alias, alias_kind) values
    ('SDN', 'Sudan', 'register_name'),
    ('SDN', 'SDN', 'iso_code'),
    ('SDN', 'SD', 'iso_code'),
    ('SDN', 'Republic of the Sudan', 'name'),
    ('SDN', 'The Sudan', 'name'),
    ('SDN', 'Khartoum', 'capital'),
    ('SDN', 'Sudanese', 'demonym');

-- SEN Senegal
insert into country_alias (country_code, alias, alias_kind) values
    ('SEN', 'Senegal', 'register_name'),
    ('SEN', 'SEN', 'iso_code'),
    ('SEN', 'SN', 'iso_code'),
    ('SEN', 'Republic of Senegal', 'name'),
    ('SEN', 'Dakar', 'capital'),
    ('SEN', 'Senegalese', 'demonym');

-- SGP Singapore
insert into country_alias (country_code, alias, alias_kind) values
    ('SGP', 'Singapore', 'register_name'),
    ('SGP', 'SGP', 'iso_code'),
    ('SGP', 'SG', 'iso_code'),
    ('SGP', 'Republic of Singapore', 'name'),
    ('SGP', 'Singaporean', 'demonym');

-- SGS South Georgia and the South Sandwich Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('SGS', 'SGS', 'iso_code'),
    ('SGS', 'GS', 'iso_code'),
    ('SGS', 'South Georgia and the South Sandwich Islands', 'name'),
    ('SGS', 'King Edward Point', 'capital');

-- SHN Saint Helena, Ascension and Tristan da Cunha
insert into country_alias (country_code, alias, alias_kind) values
    ('SHN', 'SHN', 'iso_code'),
    ('SHN', 'SH', 'iso_code'),
    ('SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'name'),
    ('SHN', 'Saint Helena', 'name'),
    ('SHN', 'St Helena', 'name'),
    ('SHN', 'Ascension Island', 'name'),
    ('SHN', 'Tristan da Cunha', 'name'),
    ('SHN', 'Saint Helenian', 'demonym');

-- SJM Svalbard and Jan Mayen
insert into country_alias (country_code, alias, alias_kind) values
    ('SJM', 'SJM', 'iso_code'),
    ('SJM', 'SJ', 'iso_code'),
    ('SJM', 'Svalbard and Jan Mayen', 'name'),
    ('SJM', 'Svalbard', 'name'),
    ('SJM', 'Longyearbyen', 'capital');

-- SLB Solomon Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('SLB', 'Solomon Islands', 'register_name'),
    ('SLB', 'SLB', 'iso_code'),
    ('SLB', 'SB', 'iso_code'),
    ('SLB', 'Honiara', 'capital'),
    ('SLB', 'Solomon Islander', 'demonym');

-- SLE Sierra Leone
insert into country_alias (country_code, alias, alias_kind) values
    ('SLE', 'Sierra Leone', 'register_name'),
    ('SLE', 'SLE', 'iso_code'),
    ('SLE', 'SL', 'iso_code'),
    ('SLE', 'Republic of Sierra Leone', 'name'),
    ('SLE', 'Freetown', 'capital'),
    ('SLE', 'Sierra Leonean', 'demonym');

-- SLV El Salvador
insert into country_alias (country_code, alias, alias_kind) values
    ('SLV', 'El Salvador', 'register_name'),
    ('SLV', 'SLV', 'iso_code'),
    ('SLV', 'SV', 'iso_code'),
    ('SLV', 'Republic of El Salvador', 'name'),
    ('SLV', 'San Salvador', 'capital'),
    ('SLV', 'Salvadoran', 'demonym'),
    ('SLV', 'Salvadorean', 'demonym');

-- SMR San Marino
insert into country_alias (country_code, alias, alias_kind) values
    ('SMR', 'SMR', 'iso_code'),
    ('SMR', 'SM', 'iso_code'),
    ('SMR', 'San Marino', 'name'),
    ('SMR', 'Republic of San Marino', 'name'),
    ('SMR', 'City of San Marino', 'capital'),
    ('SMR', 'Sammarinese', 'demonym');

-- SOM Somalia
insert into country_alias (country_code, alias, alias_kind) values
    ('SOM', 'Somalia', 'register_name'),
    ('SOM', 'SOM', 'iso_code'),
    ('SOM', 'SO', 'iso_code'),
    ('SOM', 'Federal Republic of Somalia', 'name'),
    ('SOM', 'Mogadishu', 'capital'),
    ('SOM', 'Somali', 'demonym');

-- SPM Saint Pierre and Miquelon
insert into country_alias (country_code, alias, alias_kind) values
    ('SPM', 'SPM', 'iso_code'),
    ('SPM', 'PM', 'iso_code'),
    ('SPM', 'Saint Pierre and Miquelon', 'name'),
    ('SPM', 'Saint-Pierre', 'capital');

-- SRB Serbia
insert into country_alias (country_code, alias, alias_kind) values
    ('SRB', 'Serbia', 'register_name'),
    ('SRB', 'SRB', 'iso_code'),
    ('SRB', 'RS', 'iso_code'),
    ('SRB', 'Republic of Serbia', 'name'),
    ('SRB', 'Belgrade', 'capital'),
    ('SRB', 'Beograd', 'capital'),
    ('SRB', 'Serbian', 'demonym'),
    ('SRB', 'Serb', 'demonym');

-- SSD South Sudan
insert into country_alias (country_code, alias, alias_kind) values
    ('SSD', 'South Sudan', 'register_name'),
    ('SSD', 'SSD', 'iso_code'),
    ('SSD', 'SS', 'iso_code'),
    ('SSD', 'Republic of South Sudan', 'name'),
    ('SSD', 'Juba', 'capital'),
    ('SSD', 'South Sudanese', 'demonym');

-- STP São Tomé and Príncipe
insert into country_alias (country_code, alias, alias_kind) values
    ('STP', 'STP', 'iso_code'),
    ('STP', 'ST', 'iso_code'),
    ('STP', 'São Tomé and Príncipe', 'name'),
    ('STP', 'Sao Tome and Principe', 'name'),
    ('STP', 'Democratic Republic of Sao Tome and Principe', 'name'),
    ('STP', 'São Tomé', 'name'),
    ('STP', 'São Tomé City', 'capital'),
    ('STP', 'Sao Tome City', 'capital'),
    ('STP', 'Santomean', 'demonym'),
    ('STP', 'São Toméan', 'demonym'),
    ('STP', 'Sao Tome', 'name'),
    ('STP', 'Sao Tomean', 'demonym');

-- SUR Suriname
insert into country_alias (country_code, alias, alias_kind) values
    ('SUR', 'Suriname', 'register_name'),
    ('SUR', 'SUR', 'iso_code'),
    ('SUR', 'SR', 'iso_code'),
    ('SUR', 'Republic of Suriname', 'name'),
    ('SUR', 'Surinam', 'name'),
    ('SUR', 'Dutch Guiana', 'name'),
    ('SUR', 'Paramaribo', 'capital'),
    ('SUR', 'Surinamese', 'demonym');

-- SVK Slovakia
insert into country_alias (country_code, alias, alias_kind) values
    ('SVK', 'Slovakia', 'register_name'),
    ('SVK', 'SVK', 'iso_code'),
    ('SVK', 'SK', 'iso_code'),
    ('SVK', 'Slovak Republic', 'name'),
    ('SVK', 'Bratislava', 'capital'),
    ('SVK', 'Slovak', 'demonym'),
    ('SVK', 'Slovakian', 'demonym');

-- SVN Slovenia
insert into country_alias (country_code, alias, alias_kind) values
    ('SVN', 'Slovenia', 'register_name'),
    ('SVN', 'SVN', 'iso_code'),
    ('SVN', 'SI', 'iso_code'),
    ('SVN', 'Republic of Slovenia', 'name'),
    ('SVN', 'Ljubljana', 'capital'),
    ('SVN', 'Slovenian', 'demonym'),
    ('SVN', 'Slovene', 'demonym');

-- SWE Sweden
insert into country_alias (country_code, alias, alias_kind) values
    ('SWE', 'Sweden', 'register_name'),
    ('SWE', 'SWE', 'iso_code'),
    ('SWE', 'SE', 'iso_code'),
    ('SWE', 'Kingdom of Sweden', 'name'),
    ('SWE', 'Sverige', 'name'),
    ('SWE', 'Stockholm', 'capital'),
    ('SWE', 'Swedish', 'demonym'),
    ('SWE', 'Swede', 'demonym');

-- SWZ Eswatini
insert into country_alias (country_code, alias, alias_kind) values
    ('SWZ', 'eSwatini', 'register_name'),
    ('SWZ', 'SWZ', 'iso_code'),
    ('SWZ', 'SZ', 'iso_code'),
    ('SWZ', 'Kingdom of Eswatini', 'name'),
    ('SWZ', 'Swaziland', 'name'),
    ('SWZ', 'Mbabane', 'capital'),
    ('SWZ', 'Lobamba', 'capital'),
    ('SWZ', 'Swazi', 'demonym'),
    ('SWZ', 'Emaswati', 'demonym');

-- SXM Sint Maarten
insert into country_alias (country_code, alias, alias_kind) values
    ('SXM', 'SXM', 'iso_code'),
    ('SXM', 'SX', 'iso_code'),
    ('SXM', 'Sint Maarten', 'name'),
    ('SXM', 'Sint Maarten (Dutch part)', 'name'),
    ('SXM', 'Philipsburg', 'capital'),
    ('SXM', 'Sint Maartener', 'demonym');

-- SYC Seychelles
insert into country_alias (country_code, alias, alias_kind) values
    ('SYC', 'Seychelles', 'register_name'),
    ('SYC', 'SYC', 'iso_code'),
    ('SYC', 'SC', 'iso_code'),
    ('SYC', 'Republic of Seychelles', 'name'),
    ('SYC', 'Seychellois', 'demonym');

-- SYR Syria
insert into country_alias (country_code, alias, alias_kind) values
    ('SYR', 'Syria', 'register_name'),
    ('SYR', 'SYR', 'iso_code'),
    ('SYR', 'SY', 'iso_code'),
    ('SYR', 'Syrian Arab Republic', 'name'),
    ('SYR', 'Damascus', 'capital'),
    ('SYR', 'Syrian', 'demonym');

-- TCA Turks and Caicos Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('TCA', 'TCA', 'iso_code'),
    ('TCA', 'TC', 'iso_code'),
    ('TCA', 'Turks and Caicos Islands', 'name'),
    ('TCA', 'Turks and Caicos', 'name'),
    ('TCA', 'Cockburn Town', 'capital'),
    ('TCA', 'Turks and Caicos Islander', 'demonym');

-- TCD Chad
insert into country_alias (country_code, alias, alias_kind) values
    ('TCD', 'Chad', 'register_name'),
    ('TCD', 'TCD', 'iso_code'),
    ('TCD', 'TD', 'iso_code'),
    ('TCD', 'Republic of Chad', 'name'),
    ('TCD', 'N''Djamena', 'capital'),
    ('TCD', 'Ndjamena', 'capital'),
    ('TCD', 'Chadian', 'demonym');

-- TGO Togo
insert into country_alias (country_code, alias, alias_kind) values
    ('TGO', 'Togo', 'register_name'),
    ('TGO', 'TGO', 'iso_code'),
    ('TGO', 'TG', 'iso_code'),
    ('TGO', 'Togolese Republic', 'name'),
    ('TGO', 'Lomé', 'capital'),
    ('TGO', 'Lome', 'capital'),
    ('TGO', 'Togolese', 'demonym');

-- THA Thailand
insert into country_alias (country_code, alias, alias_kind) values
    ('THA', 'Thailand', 'register_name'),
    ('THA', 'THA', 'iso_code'),
    ('THA', 'TH', 'iso_code'),
    ('THA', 'Kingdom of Thailand', 'name'),
    ('THA', 'Siam', 'name'),
    ('THA', 'Bangkok', 'capital'),
    ('THA', 'Thai', 'demonym');

-- TJK Tajikistan
insert into country_alias (country_code, alias, alias_kind) values
    ('TJK', 'Tajikistan', 'register_name'),
    ('TJK', 'TJK', 'iso_code'),
    ('TJK', 'TJ', 'iso_code'),
    ('TJK', 'Republic of Tajikistan', 'name'),
    ('TJK', 'Dushanbe', 'capital'),
    ('TJK', 'Tajik', 'demonym'),
    ('TJK', 'Tajikistani', 'demonym');

-- TKL Tokelau
insert into country_alias (country_code, alias, alias_kind) values
    ('TKL', 'TKL', 'iso_code'),
    ('TKL', 'TK', 'iso_code'),
    ('TKL', 'Tokelau', 'name'),
    ('TKL', 'Tokelauan', 'demonym');

-- TKM Turkmenistan
insert into country_alias (country_code, alias, alias_kind) values
    ('TKM', 'Turkmenistan', 'register_name'),
    ('TKM', 'TKM', 'iso_code'),
    ('TKM', 'TM', 'iso_code'),
    ('TKM', 'Ashgabat', 'capital'),
    ('TKM', 'Ashkhabad', 'capital'),
    ('TKM', 'Turkmen', 'demonym'),
    ('TKM', 'Turkmenistani', 'demonym');

-- TLS Timor-Leste
insert into country_alias (country_code, alias, alias_kind) values
    ('TLS', 'Timor-Leste', 'register_name'),
    ('TLS', 'TLS', 'iso_code'),
    ('TLS', 'TL', 'iso_code'),
    ('TLS', 'Democratic Republic of Timor-Leste', 'name'),
    ('TLS', 'East Timor', 'name'),
    ('TLS', 'Timor Leste', 'name'),
    ('TLS', 'Dili', 'capital'),
    ('TLS', 'Timorese', 'demonym'),
    ('TLS', 'East Timorese', 'demonym');

-- TON Tonga
insert into country_alias (country_code, alias, alias_kind) values
    ('TON', 'Tonga', 'register_name'),
    ('TON', 'TON', 'iso_code'),
    ('TON', 'TO', 'iso_code'),
    ('TON', 'Kingdom of Tonga', 'name'),
    ('TON', 'Nuku''alofa', 'capital'),
    ('TON', 'Nukuʻalofa', 'capital'),
    ('TON', 'Tongan', 'demonym');

-- TTO Trinidad and Tobago
insert into country_alias (country_code, alias, alias_kind) values
    ('TTO', 'Trinidad and Tobago', 'register_name'),
    ('TTO', 'TTO', 'iso_code'),
    ('TTO', 'TT', 'iso_code'),
    ('TTO', 'Republic of Trinidad and Tobago', 'name'),
    ('TTO', 'Trinidad', 'name'),
    ('TTO', 'Port of Spain', 'capital'),
    ('TTO', 'Trinidadian', 'demonym'),
    ('TTO', 'Tobagonian', 'demonym');

-- TUN Tunisia
insert into country_alias (country_code, alias, alias_kind) values
    ('TUN', 'Tunisia', 'register_name'),
    ('TUN', 'TUN', 'iso_code'),
    ('TUN', 'TN', 'iso_code'),
    ('TUN', 'Republic of Tunisia', 'name'),
    ('TUN', 'Tunis', 'capital'),
    ('TUN', 'Tunisian', 'demonym');

-- TUR Turkey
insert into country_alias (country_code, alias, alias_kind) values
    ('TUR', 'Turkiye', 'register_name'),
    ('TUR', 'TUR', 'iso_code'),
    ('TUR', 'TR', 'iso_code'),
    ('TUR', 'Turkey', 'name'),
    ('TUR', 'Türkiye', 'name'),
    ('TUR', 'Republic of Türkiye', 'name'),
    ('TUR', 'Republic of Turkey', 'name'),
    ('TUR', 'Ankara', 'capital'),
    ('TUR', 'Turkish', 'demonym'),
    ('TUR', 'Turk', 'demonym'),
    ('TUR', 'Republic of Turkiye', 'name');

-- TUV Tuvalu
insert into country_alias (country_code, alias, alias_kind) values
    ('TUV', 'TUV', 'iso_code'),
    ('TUV', 'TV', 'iso_code'),
    ('TUV', 'Tuvalu', 'name'),
    ('TUV', 'Funafuti', 'capital'),
    ('TUV', 'Tuvaluan', 'demonym');

-- TWN Taiwan
insert into country_alias (country_code, alias, alias_kind) values
    ('TWN', 'Taiwan', 'register_name'),
    ('TWN', 'TWN', 'iso_code'),
    ('TWN', 'TW', 'iso_code'),
    ('TWN', 'Taiwan, Province of China', 'name'),
    ('TWN', 'Republic of China', 'name'),
    ('TWN', 'Chinese Taipei', 'name'),
    ('TWN', 'Republic of China (Taiwan)', 'name'),
    ('TWN', 'Formosa', 'name'),
    ('TWN', 'ROC', 'abbreviation'),
    ('TWN', 'R.O.C.', 'abbreviation'),
    ('TWN', 'Taipei', 'capital'),
    ('TWN', 'Taiwanese', 'demonym');

-- TZA Tanzania
insert into country_alias (country_code, alias, alias_kind) values
    ('TZA', 'Tanzania', 'register_name'),
    ('TZA', 'TZA', 'iso_code'),
    ('TZA', 'TZ', 'iso_code'),
    ('TZA', 'Tanzania, United Republic of', 'name'),
    ('TZA', 'United Republic of Tanzania', 'name'),
    ('TZA', 'Dodoma', 'capital'),
    ('TZA', 'Dar es Salaam', 'capital'),
    ('TZA', 'Tanzanian', 'demonym');

-- UGA Uganda
insert into country_alias (country_code, alias, alias_kind) values
    ('UGA', 'Uganda', 'register_name'),
    ('UGA', 'UGA', 'iso_code'),
    ('UGA', 'UG', 'iso_code'),
    ('UGA', 'Republic of Uganda', 'name'),
    ('UGA', 'Kampala', 'capital'),
    ('UGA', 'Ugandan', 'demonym');

-- UKR Ukraine
insert into country_alias (country_code, alias, alias_kind) values
    ('UKR', 'Ukraine', 'register_name'),
    ('UKR', 'UKR', 'iso_code'),
    ('UKR', 'UA', 'iso_code'),
    ('UKR', 'the Ukraine', 'name'),
    ('UKR', 'Kyiv', 'capital'),
    ('UKR', 'Kiev', 'capital'),
    ('UKR', 'Bankova', 'metonym'),
    ('UKR', 'Ukrainian', 'demonym');

-- UMI United States Minor Outlying Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('UMI', 'UMI', 'iso_code'),
    ('UMI', 'UM', 'iso_code'),
    ('UMI', 'United States Minor Outlying Islands', 'name'),
    ('UMI', 'US Minor Outlying Islands', 'name');

-- URY Uruguay
insert into country_alias (country_code, alias, alias_kind) values
    ('URY', 'Uruguay', 'register_name'),
    ('URY', 'URY', 'iso_code'),
    ('URY', 'UY', 'iso_code'),
    ('URY', 'Eastern Republic of Uruguay', 'name'),
    ('URY', 'Montevideo', 'capital'),
    ('URY', 'Uruguayan', 'demonym');

-- USA United States
insert into country_alias (country_code, alias, alias_kind) values
    ('USA', 'United States', 'register_name'),
    ('USA', 'USA', 'iso_code'),
    ('USA', 'US', 'iso_code'),
    ('USA', 'United States of America', 'name'),
    ('USA', 'U.S.', 'abbreviation'),
    ('USA', 'U.S.A.', 'abbreviation'),
    ('USA', 'America', 'name'),
    ('USA', 'Washington, D.C.', 'capital'),
    ('USA', 'Washington DC', 'capital'),
    ('USA', 'Washington', 'metonym'),
    ('USA', 'the White House', 'metonym'),
    ('USA', 'White House', 'metonym'),
    ('USA', 'the Pentagon', 'metonym'),
    ('USA', 'Pentagon', 'metonym'),
    ('USA', 'American', 'demonym');

-- UZB Uzbekistan
insert into country_alias (country_code, alias, alias_kind) values
    ('UZB', 'Uzbekistan', 'register_name'),
    ('UZB', 'UZB', 'iso_code'),
    ('UZB', 'UZ', 'iso_code'),
    ('UZB', 'Republic of Uzbekistan', 'name'),
    ('UZB', 'Tashkent', 'capital'),
    ('UZB', 'Uzbek', 'demonym'),
    ('UZB', 'Uzbekistani', 'demonym');

-- VAT Vatican City
insert into country_alias (country_code, alias, alias_kind) values
    ('VAT', 'VAT', 'iso_code'),
    ('VAT', 'VA', 'iso_code'),
    ('VAT', 'Vatican City', 'name'),
    ('VAT', 'Holy See (Vatican City State)', 'name'),
    ('VAT', 'Holy See', 'name'),
    ('VAT', 'the Holy See', 'name'),
    ('VAT', 'Vatican City State', 'name'),
    ('VAT', 'the Vatican', 'metonym'),
    ('VAT', 'Vatican', 'metonym');

-- VCT Saint Vincent and the Grenadines
insert into country_alias (country_code, alias, alias_kind) values
    ('VCT', 'Saint Vincent', 'register_name'),
    ('VCT', 'VCT', 'iso_code'),
    ('VCT', 'VC', 'iso_code'),
    ('VCT', 'Saint Vincent and the Grenadines', 'name'),
    ('VCT', 'St Vincent and the Grenadines', 'name'),
    ('VCT', 'St. Vincent and the Grenadines', 'name'),
    ('VCT', 'St Vincent', 'name'),
    ('VCT', 'Kingstown', 'capital'),
    ('VCT', 'Vincentian', 'demonym');

-- VEN Venezuela
insert into country_alias (country_code, alias, alias_kind) values
    ('VEN', 'Venezuela', 'register_name'),
    ('VEN', 'VEN', 'iso_code'),
    ('VEN', 'VE', 'iso_code'),
    ('VEN', 'Venezuela, Bolivarian Republic of', 'name'),
    ('VEN', 'Bolivarian Republic of Venezuela', 'name'),
    ('VEN', 'Caracas', 'capital'),
    ('VEN', 'Miraflores Palace', 'metonym'),
    ('VEN', 'Venezuelan', 'demonym');

-- VGB British Virgin Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('VGB', 'VGB', 'iso_code'),
    ('VGB', 'VG', 'iso_code'),
    ('VGB', 'British Virgin Islands', 'name'),
    ('VGB', 'Virgin Islands, British', 'name'),
    ('VGB', 'BVI', 'name'),
    ('VGB', 'Road Town', 'capital'),
    ('VGB', 'British Virgin Islander', 'demonym');

-- VIR US Virgin Islands
insert into country_alias (country_code, alias, alias_kind) values
    ('VIR', 'VIR', 'iso_code'),
    ('VIR', 'VI', 'iso_code'),
    ('VIR', 'US Virgin Islands', 'name'),
    ('VIR', 'Virgin Islands, U.S.', 'name'),
    ('VIR', 'Virgin Islands of the United States', 'name'),
    ('VIR', 'USVI', 'name'),
    ('VIR', 'U.S. Virgin Islands', 'name'),
    ('VIR', 'Charlotte Amalie', 'capital'),
    ('VIR', 'US Virgin Islander', 'demonym');

-- VNM Vietnam
insert into country_alias (country_code, alias, alias_kind) values
    ('VNM', 'Viet Nam', 'register_name'),
    ('VNM', 'VNM', 'iso_code'),
    ('VNM', 'VN', 'iso_code'),
    ('VNM', 'Vietnam', 'name'),
    ('VNM', 'Socialist Republic of Viet Nam', 'name'),
    ('VNM', 'Socialist Republic of Vietnam', 'name'),
    ('VNM', 'North Vietnam', 'name'),
    ('VNM', 'Democratic Republic of Vietnam', 'name'),
    ('VNM', 'SRV', 'abbreviation'),
    ('VNM', 'Hanoi', 'capital'),
    ('VNM', 'Vietnamese', 'demonym');

-- VUT Vanuatu
insert into country_alias (country_code, alias, alias_kind) values
    ('VUT', 'Vanuatu', 'register_name'),
    ('VUT', 'VUT', 'iso_code'),
    ('VUT', 'VU', 'iso_code'),
    ('VUT', 'Republic of Vanuatu', 'name'),
    ('VUT', 'New Hebrides', 'name'),
    ('VUT', 'Port Vila', 'capital'),
    ('VUT', 'Ni-Vanuatu', 'demonym');

-- WLF Wallis and Futuna
insert into country_alias (country_code, alias, alias_kind) values
    ('WLF', 'WLF', 'iso_code'),
    ('WLF', 'WF', 'iso_code'),
    ('WLF', 'Wallis and Futuna', 'name'),
    ('WLF', 'Mata-Utu', 'capital'),
    ('WLF', 'Wallisian', 'demonym'),
    ('WLF', 'Futunan', 'demonym');

-- WSM Samoa
insert into country_alias (country_code, alias, alias_kind) values
    ('WSM', 'WSM', 'iso_code'),
    ('WSM', 'WS', 'iso_code'),
    ('WSM', 'Samoa', 'name'),
    ('WSM', 'Independent State of Samoa', 'name'),
    ('WSM', 'Western Samoa', 'name'),
    ('WSM', 'Apia', 'capital'),
    ('WSM', 'Samoan', 'demonym');

-- YEM Yemen
insert into country_alias (country_code, alias, alias_kind) values
    ('YEM', 'Yemen', 'register_name'),
    ('YEM', 'YEM', 'iso_code'),
    ('YEM', 'YE', 'iso_code'),
    ('YEM', 'Republic of Yemen', 'name'),
    ('YEM', 'Sanaa', 'capital'),
    ('YEM', 'Sana''a', 'capital'),
    ('YEM', 'Yemeni', 'demonym');

-- ZAF South Africa
insert into country_alias (country_code, alias, alias_kind) values
    ('ZAF', 'South Africa', 'register_name'),
    ('ZAF', 'ZAF', 'iso_code'),
    ('ZAF', 'ZA', 'iso_code'),
    ('ZAF', 'Republic of South Africa', 'name'),
    ('ZAF', 'RSA', 'abbreviation'),
    ('ZAF', 'Pretoria', 'capital'),
    ('ZAF', 'Tshwane', 'capital'),
    ('ZAF', 'Union Buildings', 'metonym'),
    ('ZAF', 'South African', 'demonym');

-- ZMB Zambia
insert into country_alias (country_code, alias, alias_kind) values
    ('ZMB', 'Zambia', 'register_name'),
    ('ZMB', 'ZMB', 'iso_code'),
    ('ZMB', 'ZM', 'iso_code'),
    ('ZMB', 'Republic of Zambia', 'name'),
    ('ZMB', 'Northern Rhodesia', 'name'),
    ('ZMB', 'Lusaka', 'capital'),
    ('ZMB', 'Zambian', 'demonym');

-- ZWE Zimbabwe
insert into country_alias (country_code, alias, alias_kind) values
    ('ZWE', 'Zimbabwe', 'register_name'),
    ('ZWE', 'ZWE', 'iso_code'),
    ('ZWE', 'ZW', 'iso_code'),
    ('ZWE', 'Republic of Zimbabwe', 'name'),
    ('ZWE', 'Rhodesia', 'name'),
    ('ZWE', 'Southern Rhodesia', 'name'),
    ('ZWE', 'Harare', 'capital'),
    ('ZWE', 'Zimbabwean', 'demonym');

-- XKX Kosovo
insert into country_alias (country_code, alias, alias_kind) values
    ('XKX', 'Kosovo', 'register_name'),
    ('XKX', 'XKX', 'iso_code'),
    ('XKX', 'XK', 'iso_code'),
    ('XKX', 'Republic of Kosovo', 'name'),
    ('XKX', 'Pristina', 'capital'),
    ('XKX', 'Prishtina', 'capital'),
    ('XKX', 'Priština', 'capital'),
    ('XKX', 'Kosovar', 'demonym'),
    ('XKX', 'Kosovan', 'demonym');

-- X-TRNC Northern Cyprus
insert into country_alias (country_code, alias, alias_kind) values
    ('X-TRNC', 'Northern Cyprus', 'register_name'),
    ('X-TRNC', 'Turkish Republic of Northern Cyprus', 'name'),
    ('X-TRNC', 'North Cyprus', 'name'),
    ('X-TRNC', 'TRNC', 'abbreviation'),
    ('X-TRNC', 'North Nicosia', 'capital'),
    ('X-TRNC', 'Lefkoşa', 'capital'),
    ('X-TRNC', 'Turkish Cypriot', 'demonym'),
    ('X-TRNC', 'Lefkosa', 'capital');

-- Aliases: Historical states

-- SUHH Soviet Union
insert into country_alias (country_code, alias, alias_kind) values
    ('SUHH', 'Soviet Union', 'register_name'),
    ('SUHH', 'SUHH', 'iso_code'),
    ('SUHH', 'SU', 'iso_code'),
    ('SUHH', 'USSR', 'abbreviation'),
    ('SUHH', 'U.S.S.R.', 'abbreviation'),
    ('SUHH', 'Union of Soviet Socialist Republics', 'name'),
    ('SUHH', 'USSR, Union of Soviet Socialist Republics', 'name'),
    ('SUHH', 'Soviet', 'demonym');

-- CSHH Czechoslovakia
insert into country_alias (country_code, alias, alias_kind) values
    ('CSHH', 'Czechoslovakia', 'register_name'),
    ('CSHH', 'CSHH', 'iso_code'),
    ('CSHH', 'CSK', 'iso_code'),
    ('CSHH', 'Czechoslovak Socialist Republic', 'name'),
    ('CSHH', 'Czech and Slovak Federative Republic', 'name'),
    ('CSHH', 'Czecho-Slovakia', 'name'),
    ('CSHH', 'ČSSR', 'abbreviation'),
    ('CSHH', 'CSSR', 'abbreviation'),
    ('CSHH', 'ČSFR', 'abbreviation'),
    ('CSHH', 'CSFR', 'abbreviation'),
    ('CSHH', 'Czechoslovak', 'demonym'),
    ('CSHH', 'Czechoslovakian', 'demonym');

-- DDDE East Germany
insert into country_alias (country_code, alias, alias_kind) values
    ('DDDE', 'East Germany (GDR)', 'register_name'),
    ('DDDE', 'East Germany', 'name'),
    ('DDDE', 'DDDE', 'iso_code'),
    ('DDDE', 'DDR', 'iso_code'),
    ('DDDE', 'DD', 'iso_code'),
    ('DDDE', 'GDR', 'abbreviation'),
    ('DDDE', 'German Democratic Republic', 'name'),
    ('DDDE', 'Deutsche Demokratische Republik', 'name'),
    ('DDDE', 'East Berlin', 'capital'),
    ('DDDE', 'East German', 'demonym');

-- YUCS Yugoslavia
insert into country_alias (country_code, alias, alias_kind) values
    ('YUCS', 'Yugoslavia', 'register_name'),
    ('YUCS', 'YUCS', 'iso_code'),
    ('YUCS', 'YUG', 'iso_code'),
    ('YUCS', 'YU', 'iso_code'),
    ('YUCS', 'Socialist Federal Republic of Yugoslavia', 'name'),
    ('YUCS', 'Federal Republic of Yugoslavia', 'name'),
    ('YUCS', 'Kingdom of Yugoslavia', 'name'),
    ('YUCS', 'SFRY', 'abbreviation'),
    ('YUCS', 'SFRJ', 'abbreviation'),
    ('YUCS', 'FRY', 'abbreviation'),
    ('YUCS', 'Yugoslav', 'demonym'),
    ('YUCS', 'Yugoslavian', 'demonym');

-- CSXX Serbia and Montenegro
insert into country_alias (country_code, alias, alias_kind) values
    ('CSXX', 'Serbia and Montenegro', 'name'),
    ('CSXX', 'CSXX', 'iso_code'),
    ('CSXX', 'SCG', 'iso_code'),
    ('CSXX', 'State Union of Serbia and Montenegro', 'name');

-- YDYE South Yemen
insert into country_alias (country_code, alias, alias_kind) values
    ('YDYE', 'South Yemen', 'register_name'),
    ('YDYE', 'YDYE', 'iso_code'),
    ('YDYE', 'YMD', 'iso_code'),
    ('YDYE', 'YD', 'iso_code'),
    ('YDYE', 'People''s Democratic Republic of Yemen', 'name'),
    ('YDYE', 'People''s Republic of Southern Yemen', 'name'),
    ('YDYE', 'PDRY', 'abbreviation'),
    ('YDYE', 'South Yemeni', 'demonym');

-- X-NORTH-YEMEN North Yemen
insert into country_alias (country_code, alias, alias_kind) values
    ('X-NORTH-YEMEN', 'North Yemen', 'register_name'),
    ('X-NORTH-YEMEN', 'Yemen Arab Republic (North Yemen)', 'register_name'),
    ('X-NORTH-YEMEN', 'Yemen Arab Republic', 'name'),
    ('X-NORTH-YEMEN', 'YAR', 'abbreviation'),
    ('X-NORTH-YEMEN', 'North Yemeni', 'demonym');

-- X-SOUTH-VIETNAM South Vietnam
insert into country_alias (country_code, alias, alias_kind) values
    ('X-SOUTH-VIETNAM', 'South Vietnam', 'register_name'),
    ('X-SOUTH-VIETNAM', 'Republic of Vietnam', 'name'),
    ('X-SOUTH-VIETNAM', 'State of Vietnam', 'name'),
    ('X-SOUTH-VIETNAM', 'RVN', 'abbreviation'),
    ('X-SOUTH-VIETNAM', 'South Vietnamese', 'demonym');

-- X-BIAFRA Biafra
insert into country_alias (country_code, alias, alias_kind) values
    ('X-BIAFRA', 'Biafra', 'register_name'),
    ('X-BIAFRA', 'Republic of Biafra', 'name'),
    ('X-BIAFRA', 'Biafran', 'demonym');

-- X-KATANGA Katanga
insert into country_alias (country_code, alias, alias_kind) values
    ('X-KATANGA', 'Katanga', 'register_name'),
    ('X-KATANGA', 'State of Katanga', 'name'),
    ('X-KATANGA', 'Katangese', 'demonym');

-- Aliases: International organisations

-- X-UN United Nations
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UN', 'United Nations**', 'register_name'),
    ('X-UN', 'United Nations', 'name'),
    ('X-UN', 'UN', 'abbreviation'),
    ('X-UN', 'U.N.', 'abbreviation');

-- X-NATO NATO
insert into country_alias (country_code, alias, alias_kind) values
    ('X-NATO', 'NATO**', 'register_name'),
    ('X-NATO', 'NATO', 'name'),
    ('X-NATO', 'North Atlantic Treaty Organization', 'name'),
    ('X-NATO', 'North Atlantic Treaty Organisation', 'name'),
    ('X-NATO', 'OTAN', 'abbreviation');

-- X-AU African Union
insert into country_alias (country_code, alias, alias_kind) values
    ('X-AU', 'African Union**', 'register_name'),
    ('X-AU', 'African Union', 'name');

-- X-EU European Union
insert into country_alias (country_code, alias, alias_kind) values
    ('X-EU', 'European Union**', 'register_name'),
    ('X-EU', 'European Union', 'name'),
    ('X-EU', 'EU', 'abbreviation'),
    ('X-EU', 'E.U.', 'abbreviation'),
    ('X-EU', 'Brussels', 'metonym');

-- X-OSCE OSCE
insert into country_alias (country_code, alias, alias_kind) values
    ('X-OSCE', 'OSCE**', 'register_name'),
    ('X-OSCE', 'OSCE', 'name'),
    ('X-OSCE', 'Organization for Security and Co-operation in Europe', 'name'),
    ('X-OSCE', 'Organisation for Security and Co-operation in Europe', 'name');

-- X-RSS Regional Security System
insert into country_alias (country_code, alias, alias_kind) values
    ('X-RSS', 'Regional Security System**', 'register_name'),
    ('X-RSS', 'Regional Security System', 'name'),
    ('X-RSS', 'Eastern Caribbean Regional Security System', 'name');

-- Aliases: Non-state actors

-- X-ANC African National Congress
insert into country_alias (country_code, alias, alias_kind) values
    ('X-ANC', 'ANC (South Africa)*', 'register_name'),
    ('X-ANC', 'African National Congress', 'name'),
    ('X-ANC', 'ANC', 'abbreviation'),
    ('X-ANC', 'Umkhonto we Sizwe', 'name');

-- X-AMAL Amal Movement
insert into country_alias (country_code, alias, alias_kind) values
    ('X-AMAL', 'Amal (Lebanon)*', 'register_name'),
    ('X-AMAL', 'Amal Movement', 'name'),
    ('X-AMAL', 'Amal', 'name');

-- X-ANTI-CASTRO Anti-Castro rebels (Cuba)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-ANTI-CASTRO', 'Anti-Castro rebels (Cuba)*', 'register_name'),
    ('X-ANTI-CASTRO', 'Anti-Castro rebels (Cuba)', 'name'),
    ('X-ANTI-CASTRO', 'Anti-Castro rebels', 'name'),
    ('X-ANTI-CASTRO', 'Brigade 2506', 'name');

-- X-ARMAS Castillo Armas rebels (Guatemala)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-ARMAS', 'Armas (Guatemala)*', 'register_name'),
    ('X-ARMAS', 'Castillo Armas rebels (Guatemala)', 'name'),
    ('X-ARMAS', 'Castillo Armas rebels', 'name');

-- X-CONTRAS Contras
insert into country_alias (country_code, alias, alias_kind) values
    ('X-CONTRAS', 'Contras (Nicaragua)*', 'register_name'),
    ('X-CONTRAS', 'Contras', 'name'),
    ('X-CONTRAS', 'Nicaraguan Contras', 'name'),
    ('X-CONTRAS', 'Contra rebels', 'name');

-- X-DARFUR-REBELS Darfur rebels (Sudan)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-DARFUR-REBELS', 'Darfur rebels (Sudan)*', 'register_name'),
    ('X-DARFUR-REBELS', 'Darfur rebels (Sudan)', 'name'),
    ('X-DARFUR-REBELS', 'Darfur rebels', 'name');

-- X-ELF Eritrean Liberation Front
insert into country_alias (country_code, alias, alias_kind) values
    ('X-ELF', 'ELF (Ethiopia)*', 'register_name'),
    ('X-ELF', 'Eritrean Liberation Front', 'name');

-- X-EPLF Eritrean People's Liberation Front
insert into country_alias (country_code, alias, alias_kind) values
    ('X-EPLF', 'EPLF (Ethiopia)*', 'register_name'),
    ('X-EPLF', 'Eritrean People''s Liberation Front', 'name'),
    ('X-EPLF', 'EPLF', 'abbreviation');

-- X-FAN Armed Forces of the North (Chad)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-FAN', 'FAN (Chad)*', 'register_name'),
    ('X-FAN', 'Armed Forces of the North (Chad)', 'name'),
    ('X-FAN', 'Forces Armées du Nord', 'name'),
    ('X-FAN', 'Forces Armees du Nord', 'name');

-- X-GUNT GUNT (Chad)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-GUNT', 'GUNT (Chad)*', 'register_name'),
    ('X-GUNT', 'GUNT (Chad)', 'name'),
    ('X-GUNT', 'GUNT', 'abbreviation'),
    ('X-GUNT', 'Transitional Government of National Unity', 'name'),
    ('X-GUNT', 'Gouvernement d''Union Nationale de Transition', 'name');

-- X-FMLN FMLN
insert into country_alias (country_code, alias, alias_kind) values
    ('X-FMLN', 'FMLN (El Salvador)*', 'register_name'),
    ('X-FMLN', 'FMLN', 'name'),
    ('X-FMLN', 'Farabundo Martí National Liberation Front', 'name'),
    ('X-FMLN', 'Farabundo Marti National Liberation Front', 'name');

-- X-FNLA FNLA
insert into country_alias (country_code, alias, alias_kind) values
    ('X-FNLA', 'FNLA (Angola)*', 'register_name'),
    ('X-FNLA', 'FNLA', 'name'),
    ('X-FNLA', 'National Front for the Liberation of Angola', 'name'),
    ('X-FNLA', 'National Liberation Front of Angola', 'name');

-- X-FRELIMO FRELIMO
insert into country_alias (country_code, alias, alias_kind) values
    ('X-FRELIMO', 'FRELIMO (Portugal)*', 'register_name'),
    ('X-FRELIMO', 'FRELIMO', 'name'),
    ('X-FRELIMO', 'Mozambique Liberation Front', 'name');

-- X-HAITI-REBELS Haiti rebels
insert into country_alias (country_code, alias, alias_kind) values
    ('X-HAITI-REBELS', 'Haiti rebels*', 'register_name'),
    ('X-HAITI-REBELS', 'Haiti rebels', 'name'),
    ('X-HAITI-REBELS', 'Haitian rebels', 'name');

-- X-HAMAS Hamas
insert into country_alias (country_code, alias, alias_kind) values
    ('X-HAMAS', 'Hamas (Palestine)*', 'register_name'),
    ('X-HAMAS', 'Hamas', 'name'),
    ('X-HAMAS', 'Islamic Resistance Movement', 'name'),
    ('X-HAMAS', 'Harakat al-Muqawama al-Islamiya', 'name'),
    ('X-HAMAS', 'al-Qassam Brigades', 'name'),
    ('X-HAMAS', 'Izz ad-Din al-Qassam Brigades', 'name');

-- X-HEZBOLLAH Hezbollah
insert into country_alias (country_code, alias, alias_kind) values
    ('X-HEZBOLLAH', 'Hezbollah (Lebanon)*', 'register_name'),
    ('X-HEZBOLLAH', 'Hezbollah', 'name'),
    ('X-HEZBOLLAH', 'Hizbullah', 'name'),
    ('X-HEZBOLLAH', 'Hizballah', 'name'),
    ('X-HEZBOLLAH', 'Hizbollah', 'name'),
    ('X-HEZBOLLAH', 'Hezbollah (Lebanon)', 'name'),
    ('X-HEZBOLLAH', 'Lebanese Hezbollah', 'name');

-- X-HOUTHIS Houthis
insert into country_alias (country_code, alias, alias_kind) values
    ('X-HOUTHIS', 'Houthi rebels (Yemen)*', 'register_name'),
    ('X-HOUTHIS', 'Houthis', 'name'),
    ('X-HOUTHIS', 'Houthi', 'name'),
    ('X-HOUTHIS', 'Houthi rebels', 'name'),
    ('X-HOUTHIS', 'Houthi movement', 'name'),
    ('X-HOUTHIS', 'Ansar Allah', 'name'),
    ('X-HOUTHIS', 'Ansarallah', 'name'),
    ('X-HOUTHIS', 'Ansar Allah (Houthis)', 'name');

-- X-IDN-REBELS Indonesia rebels
insert into country_alias (country_code, alias, alias_kind) values
    ('X-IDN-REBELS', 'Indonesia rebels*', 'register_name'),
    ('X-IDN-REBELS', 'Indonesia rebels', 'name'),
    ('X-IDN-REBELS', 'Indonesian rebels', 'name');

-- X-KHMER-ROUGE Khmer Rouge
insert into country_alias (country_code, alias, alias_kind) values
    ('X-KHMER-ROUGE', 'Khmer Rouge (Cambodia)*', 'register_name'),
    ('X-KHMER-ROUGE', 'Khmer Rouge', 'name');

-- X-KRG Kurdistan Regional Government (Iraq)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-KRG', 'Kurdistan Regional Government (Iraq)*', 'register_name'),
    ('X-KRG', 'Kurdistan Regional Government (Iraq)', 'name'),
    ('X-KRG', 'KRG', 'abbreviation'),
    ('X-KRG', 'Kurdistan Regional Government', 'name'),
    ('X-KRG', 'Iraqi Kurdistan', 'name'),
    ('X-KRG', 'Kurdistan Region of Iraq', 'name'),
    ('X-KRG', 'Erbil', 'capital'),
    ('X-KRG', 'Arbil', 'capital');

-- X-LF Lebanese Forces
insert into country_alias (country_code, alias, alias_kind) values
    ('X-LF', 'LF (Lebanon)*', 'register_name'),
    ('X-LF', 'Lebanese Forces', 'name');

-- X-LRA Lord's Resistance Army
insert into country_alias (country_code, alias, alias_kind) values
    ('X-LRA', 'LRA (Uganda)*', 'register_name'),
    ('X-LRA', 'Lord''s Resistance Army', 'name'),
    ('X-LRA', 'LRA', 'abbreviation');

-- X-LTTE LTTE
insert into country_alias (country_code, alias, alias_kind) values
    ('X-LTTE', 'LTTE (Sri Lanka)*', 'register_name'),
    ('X-LTTE', 'LTTE', 'name'),
    ('X-LTTE', 'Liberation Tigers of Tamil Eelam', 'name'),
    ('X-LTTE', 'Tamil Tigers', 'name');

-- X-LBN-PAL-REB Palestinian rebels (Lebanon)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-LBN-PAL-REB', 'Lebanon Palestinian rebels*', 'register_name'),
    ('X-LBN-PAL-REB', 'Palestinian rebels (Lebanon)', 'name'),
    ('X-LBN-PAL-REB', 'Lebanon Palestinian rebels', 'name');

-- X-LIBYA-HOR Libya HoR
insert into country_alias (country_code, alias, alias_kind) values
    ('X-LIBYA-HOR', 'Libya HoR*', 'register_name'),
    ('X-LIBYA-HOR', 'Libya HoR', 'name'),
    ('X-LIBYA-HOR', 'House of Representatives (Libya)', 'name'),
    ('X-LIBYA-HOR', 'Libyan House of Representatives', 'name'),
    ('X-LIBYA-HOR', 'Libyan National Army', 'name'),
    ('X-LIBYA-HOR', 'Libyan Arab Armed Forces', 'name'),
    ('X-LIBYA-HOR', 'Haftar forces', 'name'),
    ('X-LIBYA-HOR', 'LNA', 'abbreviation'),
    ('X-LIBYA-HOR', 'LAAF', 'abbreviation');

-- X-MNLF Moro National Liberation Front
insert into country_alias (country_code, alias, alias_kind) values
    ('X-MNLF', 'MNLF (Philippines)*', 'register_name'),
    ('X-MNLF', 'Moro National Liberation Front', 'name'),
    ('X-MNLF', 'MNLF', 'abbreviation');

-- X-MPLA MPLA (liberation movement)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-MPLA', 'MPLA (Portugal)*', 'register_name'),
    ('X-MPLA', 'MPLA (liberation movement)', 'name'),
    ('X-MPLA', 'MPLA', 'abbreviation'),
    ('X-MPLA', 'People''s Movement for the Liberation of Angola', 'name');

-- X-MTA Mong Tai Army (Myanmar)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-MTA', 'MTA (Myanmar)*', 'register_name'),
    ('X-MTA', 'Mong Tai Army (Myanmar)', 'name'),
    ('X-MTA', 'Mong Tai Army', 'name');

-- X-AFG-MUJAHEDIN Afghan Mujahedin
insert into country_alias (country_code, alias, alias_kind) values
    ('X-AFG-MUJAHEDIN', 'Mujahedin (Afghanistan)*', 'register_name'),
    ('X-AFG-MUJAHEDIN', 'Afghan Mujahedin', 'name'),
    ('X-AFG-MUJAHEDIN', 'Afghan Mujahideen', 'name'),
    ('X-AFG-MUJAHEDIN', 'Afghan Mujahidin', 'name');

-- X-NLA-MKD National Liberation Army (Macedonia)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-NLA-MKD', 'NLA (Macedonia)*', 'register_name'),
    ('X-NLA-MKD', 'National Liberation Army (Macedonia)', 'name');

-- X-NTC National Transitional Council (Libya)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-NTC', 'NTC (Libya)*', 'register_name'),
    ('X-NTC', 'National Transitional Council (Libya)', 'name'),
    ('X-NTC', 'NTC', 'abbreviation'),
    ('X-NTC', 'National Transitional Council', 'name');

-- X-N-ALLIANCE Northern Alliance (Afghanistan)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-N-ALLIANCE', 'Northern Alliance (Afghanistan)*', 'register_name'),
    ('X-N-ALLIANCE', 'Northern Alliance (Afghanistan)', 'name'),
    ('X-N-ALLIANCE', 'Northern Alliance', 'name'),
    ('X-N-ALLIANCE', 'United Islamic Front', 'name');

-- X-PAIGC PAIGC
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PAIGC', 'PAIGC (Portugal)*', 'register_name'),
    ('X-PAIGC', 'PAIGC', 'name'),
    ('X-PAIGC', 'African Party for the Independence of Guinea and Cape Verde', 'name');

-- X-PATHET-LAO Pathet Lao
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PATHET-LAO', 'Pathet Lao (Laos)*', 'register_name'),
    ('X-PATHET-LAO', 'Pathet Lao', 'name'),
    ('X-PATHET-LAO', 'Lao Patriotic Front', 'name');

-- X-PIJ Palestinian Islamic Jihad
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PIJ', 'PIJ (Israel/Palestine)*', 'register_name'),
    ('X-PIJ', 'Palestinian Islamic Jihad', 'name'),
    ('X-PIJ', 'PIJ', 'abbreviation');

-- X-PKK PKK
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PKK', 'PKK (Turkiye)*', 'register_name'),
    ('X-PKK', 'PKK', 'name'),
    ('X-PKK', 'Kurdistan Workers'' Party', 'name'),
    ('X-PKK', 'Kurdistan Workers Party', 'name');

-- X-PLO Palestine Liberation Organization
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PLO', 'PLO (Israel)*', 'register_name'),
    ('X-PLO', 'Palestine Liberation Organization', 'name'),
    ('X-PLO', 'PLO', 'abbreviation'),
    ('X-PLO', 'Palestine Liberation Organisation', 'name');

-- X-PRC-PSE Popular Resistance Committees
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PRC-PSE', 'PRC (Israel/Palestine)*', 'register_name'),
    ('X-PRC-PSE', 'Popular Resistance Committees', 'name');

-- X-PIRA Provisional IRA
insert into country_alias (country_code, alias, alias_kind) values
    ('X-PIRA', 'Provisional IRA (UK)*', 'register_name'),
    ('X-PIRA', 'Provisional IRA', 'name'),
    ('X-PIRA', 'PIRA', 'abbreviation'),
    ('X-PIRA', 'IRA', 'abbreviation'),
    ('X-PIRA', 'Provisional Irish Republican Army', 'name');

-- X-RPF Rwandan Patriotic Front
insert into country_alias (country_code, alias, alias_kind) values
    ('X-RPF', 'RPF (Rwanda)*', 'register_name'),
    ('X-RPF', 'Rwandan Patriotic Front', 'name'),
    ('X-RPF', 'RPF', 'abbreviation');

-- X-RUF Revolutionary United Front
insert into country_alias (country_code, alias, alias_kind) values
    ('X-RUF', 'RUF (Sierra Leone)*', 'register_name'),
    ('X-RUF', 'Revolutionary United Front', 'name'),
    ('X-RUF', 'RUF', 'abbreviation');

-- X-SLA-LBN South Lebanon Army
insert into country_alias (country_code, alias, alias_kind) values
    ('X-SLA-LBN', 'SLA (Lebanon)*', 'register_name'),
    ('X-SLA-LBN', 'South Lebanon Army', 'name');

-- X-SNA-SOM Somali National Alliance
insert into country_alias (country_code, alias, alias_kind) values
    ('X-SNA-SOM', 'SNA (Somalia)*', 'register_name'),
    ('X-SNA-SOM', 'Somali National Alliance', 'name');

-- X-SPLA Sudan People's Liberation Army
insert into country_alias (country_code, alias, alias_kind) values
    ('X-SPLA', 'SPLA (Sudan)*', 'register_name'),
    ('X-SPLA', 'Sudan People''s Liberation Army', 'name'),
    ('X-SPLA', 'SPLA', 'abbreviation'),
    ('X-SPLA', 'SPLM/A', 'abbreviation');

-- X-YEM-SOUTH-REB Southern rebels (Yemen)
insert into country_alias (country_code, alias, alias_kind) values
    ('X-YEM-SOUTH-REB', 'Southern rebels (Yemen)*', 'register_name'),
    ('X-YEM-SOUTH-REB', 'Southern rebels (Yemen)', 'name');

-- X-SYR-REBELS Syria rebels
insert into country_alias (country_code, alias, alias_kind) values
    ('X-SYR-REBELS', 'Syria rebels*', 'register_name'),
    ('X-SYR-REBELS', 'Syria rebels', 'name'),
    ('X-SYR-REBELS', 'Syrian rebels', 'name');

-- X-UIC Union of Islamic Courts
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UIC', 'UIC (Somalia)*', 'register_name'),
    ('X-UIC', 'Union of Islamic Courts', 'name'),
    ('X-UIC', 'UIC', 'abbreviation'),
    ('X-UIC', 'ICU', 'abbreviation'),
    ('X-UIC', 'Islamic Courts Union', 'name');

-- X-UNITA UNITA
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UNITA', 'UNITA (Angola)*', 'register_name'),
    ('X-UNITA', 'UNITA', 'name'),
    ('X-UNITA', 'National Union for the Total Independence of Angola', 'name');

-- X-UKR-REBELS Ukraine rebels
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UKR-REBELS', 'Ukraine Rebels*', 'register_name'),
    ('X-UKR-REBELS', 'Ukraine rebels', 'name'),
    ('X-UKR-REBELS', 'Donbas separatists', 'name'),
    ('X-UKR-REBELS', 'Donetsk People''s Republic', 'name'),
    ('X-UKR-REBELS', 'Luhansk People''s Republic', 'name'),
    ('X-UKR-REBELS', 'Lugansk People''s Republic', 'name'),
    ('X-UKR-REBELS', 'DPR', 'abbreviation'),
    ('X-UKR-REBELS', 'LPR', 'abbreviation');

-- X-UWSA United Wa State Army
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UWSA', 'United Wa State (Myanmar)*', 'register_name'),
    ('X-UWSA', 'United Wa State Army', 'name'),
    ('X-UWSA', 'UWSA', 'abbreviation'),
    ('X-UWSA', 'United Wa State', 'name');

-- X-VIET-CONG Viet Cong
insert into country_alias (country_code, alias, alias_kind) values
    ('X-VIET-CONG', 'Viet Cong (South Vietnam)*', 'register_name'),
    ('X-VIET-CONG', 'Viet Cong', 'name'),
    ('X-VIET-CONG', 'Vietcong', 'name'),
    ('X-VIET-CONG', 'National Liberation Front for South Vietnam', 'name');

-- X-VIET-MINH Viet Minh
insert into country_alias (country_code, alias, alias_kind) values
    ('X-VIET-MINH', 'Viet Minh (France)*', 'register_name'),
    ('X-VIET-MINH', 'Viet Minh', 'name'),
    ('X-VIET-MINH', 'Vietminh', 'name');

-- X-ZAPU ZAPU
insert into country_alias (country_code, alias, alias_kind) values
    ('X-ZAPU', 'ZAPU (Zimbabwe)*', 'register_name'),
    ('X-ZAPU', 'ZAPU', 'name'),
    ('X-ZAPU', 'Zimbabwe African People''s Union', 'name');

-- X-UNK-REBELS Unknown rebel group
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UNK-REBELS', 'unknown rebel group*', 'register_name'),
    ('X-UNK-REBELS', 'Unknown rebel group', 'name');

-- Aliases: Unknown

-- X-UNKNOWN Unknown
insert into country_alias (country_code, alias, alias_kind) values
    ('X-UNKNOWN', 'unknown supplier(s)', 'register_name'),
    ('X-UNKNOWN', 'unknown recipient(s)', 'register_name'),
    ('X-UNKNOWN', 'Unknown', 'name');
