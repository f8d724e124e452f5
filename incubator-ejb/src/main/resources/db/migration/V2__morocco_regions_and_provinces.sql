-- Reference data: administrative division of Morocco (2015) - 12 regions and their 75 provinces and prefectures (62 provinces + 13 prefectures).

CREATE TABLE region (
  code VARCHAR(8) NOT NULL PRIMARY KEY,
  name_ar VARCHAR(100) NOT NULL,
  name_fr VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE province (
  code VARCHAR(32) NOT NULL PRIMARY KEY,
  region_code VARCHAR(8) NOT NULL,
  name_ar VARCHAR(100) NOT NULL,
  name_fr VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  CONSTRAINT fk_province_region FOREIGN KEY (region_code) REFERENCES region (code),
  INDEX ix_province_region (region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO region (code, name_ar, name_fr, name_en) VALUES
  ('MA-01', 'طنجة - تطوان - الحسيمة', 'Tanger-Tétouan-Al Hoceïma', 'Tanger-Tetouan-Al Hoceima'),
  ('MA-02', 'الشرق', 'L''Oriental', 'Oriental'),
  ('MA-03', 'فاس - مكناس', 'Fès-Meknès', 'Fes-Meknes'),
  ('MA-04', 'الرباط - سلا - القنيطرة', 'Rabat-Salé-Kénitra', 'Rabat-Sale-Kenitra'),
  ('MA-05', 'بني ملال - خنيفرة', 'Béni Mellal-Khénifra', 'Beni Mellal-Khenifra'),
  ('MA-06', 'الدار البيضاء - سطات', 'Casablanca-Settat', 'Casablanca-Settat'),
  ('MA-07', 'مراكش - آسفي', 'Marrakech-Safi', 'Marrakech-Safi'),
  ('MA-08', 'درعة - تافيلالت', 'Drâa-Tafilalet', 'Draa-Tafilalet'),
  ('MA-09', 'سوس - ماسة', 'Souss-Massa', 'Souss-Massa'),
  ('MA-10', 'كلميم - واد نون', 'Guelmim-Oued Noun', 'Guelmim-Oued Noun'),
  ('MA-11', 'العيون - الساقية الحمراء', 'Laâyoune-Sakia El Hamra', 'Laayoune-Sakia El Hamra'),
  ('MA-12', 'الداخلة - وادي الذهب', 'Dakhla-Oued Ed-Dahab', 'Dakhla-Oued Ed-Dahab');

-- MA-01 Tanger-Tétouan-Al Hoceïma: 2 prefectures + 6 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('TANGER-ASSILAH', 'MA-01', 'طنجة - أصيلة', 'Tanger-Assilah', 'Tanger-Assilah'),
  ('MDIQ-FNIDEQ', 'MA-01', 'المضيق - الفنيدق', 'M''diq-Fnideq', 'M''diq-Fnideq'),
  ('TETOUAN', 'MA-01', 'تطوان', 'Tétouan', 'Tetouan'),
  ('FAHS-ANJRA', 'MA-01', 'الفحص - أنجرة', 'Fahs-Anjra', 'Fahs-Anjra'),
  ('LARACHE', 'MA-01', 'العرائش', 'Larache', 'Larache'),
  ('AL-HOCEIMA', 'MA-01', 'الحسيمة', 'Al Hoceïma', 'Al Hoceima'),
  ('CHEFCHAOUEN', 'MA-01', 'شفشاون', 'Chefchaouen', 'Chefchaouen'),
  ('OUEZZANE', 'MA-01', 'وزان', 'Ouezzane', 'Ouezzane');

-- MA-02 L'Oriental: 1 prefecture + 7 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('OUJDA-ANGAD', 'MA-02', 'وجدة - أنكاد', 'Oujda-Angad', 'Oujda-Angad'),
  ('NADOR', 'MA-02', 'الناظور', 'Nador', 'Nador'),
  ('DRIOUCH', 'MA-02', 'الدريوش', 'Driouch', 'Driouch'),
  ('JERADA', 'MA-02', 'جرادة', 'Jerada', 'Jerada'),
  ('BERKANE', 'MA-02', 'بركان', 'Berkane', 'Berkane'),
  ('TAOURIRT', 'MA-02', 'تاوريرت', 'Taourirt', 'Taourirt'),
  ('GUERCIF', 'MA-02', 'جرسيف', 'Guercif', 'Guercif'),
  ('FIGUIG', 'MA-02', 'فجيج', 'Figuig', 'Figuig');

-- MA-03 Fès-Meknès: 2 prefectures + 7 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('FES', 'MA-03', 'فاس', 'Fès', 'Fes'),
  ('MEKNES', 'MA-03', 'مكناس', 'Meknès', 'Meknes'),
  ('EL-HAJEB', 'MA-03', 'الحاجب', 'El Hajeb', 'El Hajeb'),
  ('IFRANE', 'MA-03', 'إفران', 'Ifrane', 'Ifrane'),
  ('MOULAY-YACOUB', 'MA-03', 'مولاي يعقوب', 'Moulay Yacoub', 'Moulay Yacoub'),
  ('SEFROU', 'MA-03', 'صفرو', 'Sefrou', 'Sefrou'),
  ('BOULEMANE', 'MA-03', 'بولمان', 'Boulemane', 'Boulemane'),
  ('TAOUNATE', 'MA-03', 'تاونات', 'Taounate', 'Taounate'),
  ('TAZA', 'MA-03', 'تازة', 'Taza', 'Taza');

-- MA-04 Rabat-Salé-Kénitra: 3 prefectures + 4 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('RABAT', 'MA-04', 'الرباط', 'Rabat', 'Rabat'),
  ('SALE', 'MA-04', 'سلا', 'Salé', 'Sale'),
  ('SKHIRATE-TEMARA', 'MA-04', 'الصخيرات - تمارة', 'Skhirate-Témara', 'Skhirate-Temara'),
  ('KENITRA', 'MA-04', 'القنيطرة', 'Kénitra', 'Kenitra'),
  ('KHEMISSET', 'MA-04', 'الخميسات', 'Khémisset', 'Khemisset'),
  ('SIDI-KACEM', 'MA-04', 'سيدي قاسم', 'Sidi Kacem', 'Sidi Kacem'),
  ('SIDI-SLIMANE', 'MA-04', 'سيدي سليمان', 'Sidi Slimane', 'Sidi Slimane');

-- MA-05 Béni Mellal-Khénifra: 5 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('BENI-MELLAL', 'MA-05', 'بني ملال', 'Béni Mellal', 'Beni Mellal'),
  ('AZILAL', 'MA-05', 'أزيلال', 'Azilal', 'Azilal'),
  ('FQUIH-BEN-SALAH', 'MA-05', 'الفقيه بن صالح', 'Fquih Ben Salah', 'Fquih Ben Salah'),
  ('KHENIFRA', 'MA-05', 'خنيفرة', 'Khénifra', 'Khenifra'),
  ('KHOURIBGA', 'MA-05', 'خريبكة', 'Khouribga', 'Khouribga');

-- MA-06 Casablanca-Settat: 2 prefectures + 7 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('CASABLANCA', 'MA-06', 'الدار البيضاء', 'Casablanca', 'Casablanca'),
  ('MOHAMMEDIA', 'MA-06', 'المحمدية', 'Mohammédia', 'Mohammedia'),
  ('EL-JADIDA', 'MA-06', 'الجديدة', 'El Jadida', 'El Jadida'),
  ('NOUACEUR', 'MA-06', 'النواصر', 'Nouaceur', 'Nouaceur'),
  ('MEDIOUNA', 'MA-06', 'مديونة', 'Médiouna', 'Mediouna'),
  ('BENSLIMANE', 'MA-06', 'بنسليمان', 'Benslimane', 'Benslimane'),
  ('BERRECHID', 'MA-06', 'برشيد', 'Berrechid', 'Berrechid'),
  ('SETTAT', 'MA-06', 'سطات', 'Settat', 'Settat'),
  ('SIDI-BENNOUR', 'MA-06', 'سيدي بنور', 'Sidi Bennour', 'Sidi Bennour');

-- MA-07 Marrakech-Safi: 1 prefecture + 7 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('MARRAKECH', 'MA-07', 'مراكش', 'Marrakech', 'Marrakech'),
  ('CHICHAOUA', 'MA-07', 'شيشاوة', 'Chichaoua', 'Chichaoua'),
  ('AL-HAOUZ', 'MA-07', 'الحوز', 'Al Haouz', 'Al Haouz'),
  ('EL-KELAA-DES-SRAGHNA', 'MA-07', 'قلعة السراغنة', 'El Kelâa des Sraghna', 'El Kelaa des Sraghna'),
  ('ESSAOUIRA', 'MA-07', 'الصويرة', 'Essaouira', 'Essaouira'),
  ('REHAMNA', 'MA-07', 'الرحامنة', 'Rehamna', 'Rehamna'),
  ('SAFI', 'MA-07', 'آسفي', 'Safi', 'Safi'),
  ('YOUSSOUFIA', 'MA-07', 'اليوسفية', 'Youssoufia', 'Youssoufia');

-- MA-08 Drâa-Tafilalet: 5 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('ERRACHIDIA', 'MA-08', 'الرشيدية', 'Errachidia', 'Errachidia'),
  ('OUARZAZATE', 'MA-08', 'ورزازات', 'Ouarzazate', 'Ouarzazate'),
  ('MIDELT', 'MA-08', 'ميدلت', 'Midelt', 'Midelt'),
  ('TINGHIR', 'MA-08', 'تنغير', 'Tinghir', 'Tinghir'),
  ('ZAGORA', 'MA-08', 'زاكورة', 'Zagora', 'Zagora');

-- MA-09 Souss-Massa: 2 prefectures + 4 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('AGADIR-IDA-OUTANANE', 'MA-09', 'أكادير إداوتنان', 'Agadir Ida-Outanane', 'Agadir Ida-Outanane'),
  ('INEZGANE-AIT-MELLOUL', 'MA-09', 'إنزكان آيت ملول', 'Inezgane-Aït Melloul', 'Inezgane-Ait Melloul'),
  ('CHTOUKA-AIT-BAHA', 'MA-09', 'اشتوكة آيت باها', 'Chtouka-Aït Baha', 'Chtouka-Ait Baha'),
  ('TAROUDANT', 'MA-09', 'تارودانت', 'Taroudant', 'Taroudant'),
  ('TIZNIT', 'MA-09', 'تيزنيت', 'Tiznit', 'Tiznit'),
  ('TATA', 'MA-09', 'طاطا', 'Tata', 'Tata');

-- MA-10 Guelmim-Oued Noun: 4 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('GUELMIM', 'MA-10', 'كلميم', 'Guelmim', 'Guelmim'),
  ('ASSA-ZAG', 'MA-10', 'آسا الزاك', 'Assa-Zag', 'Assa-Zag'),
  ('TAN-TAN', 'MA-10', 'طانطان', 'Tan-Tan', 'Tan-Tan'),
  ('SIDI-IFNI', 'MA-10', 'سيدي إفني', 'Sidi Ifni', 'Sidi Ifni');

-- MA-11 Laâyoune-Sakia El Hamra: 4 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('LAAYOUNE', 'MA-11', 'العيون', 'Laâyoune', 'Laayoune'),
  ('BOUJDOUR', 'MA-11', 'بوجدور', 'Boujdour', 'Boujdour'),
  ('TARFAYA', 'MA-11', 'طرفاية', 'Tarfaya', 'Tarfaya'),
  ('ES-SEMARA', 'MA-11', 'السمارة', 'Es-Semara', 'Es-Semara');

-- MA-12 Dakhla-Oued Ed-Dahab: 2 provinces
INSERT INTO province (code, region_code, name_ar, name_fr, name_en) VALUES
  ('OUED-ED-DAHAB', 'MA-12', 'وادي الذهب', 'Oued Ed-Dahab', 'Oued Ed-Dahab'),
  ('AOUSSERD', 'MA-12', 'أوسرد', 'Aousserd', 'Aousserd');
