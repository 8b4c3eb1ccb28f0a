#pragma once
// The English translation: it only gives the singular and plural forms of texts with a count, so
// that tr("%n card(s)", nullptr, n) reads "1 card" and "2 cards" rather than "1 card(s)". Every
// program installs it as soon as its application object exists. The translation is built from
// resources/translations/equitylogic_en.ts into el_cli's resources (app/CMakeLists.txt).

namespace el {

// Installs the translation into the running QCoreApplication, which owns it from then on. Returns
// false (and the texts keep their "(s)") when the translation is missing from the resources.
bool installTranslations();

} // namespace el
