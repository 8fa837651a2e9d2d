-- Accents ignored in name search (José = Jose, Đặng = Dang).
create extension if not exists unaccent with schema public;
