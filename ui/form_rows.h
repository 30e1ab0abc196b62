#pragma once
// What the dialogs share to label their fields for the keyboard and for screen readers: a label
// with a mnemonic whose buddy is the field, and the field's accessible name said without the
// mnemonic's '&' and the trailing colon. GUI thread.
#include <QFormLayout>
#include <QLabel>
#include <QString>

namespace lumiere::ui {

// A label's text as a screen reader says the control: "&Header row:" gives "Header row".
inline QString spoken(QString text) {
  text.remove(QLatin1Char('&'));
  while (!text.isEmpty() && (text.endsWith(QLatin1Char(':')) || text.back().isSpace()))
    text.chop(1);
  return text;
}

// Adds a row to `form` whose label names `field` (its buddy: Alt and the mnemonic reach it) and
// gives `field` the label's text as its accessible name; `row` is what the form shows on the
// right (the field, or a layout holding it and its buttons).
inline QLabel* add_form_row(QFormLayout* form, const QString& text, QWidget* field,
                            QLayout* row = nullptr) {
  auto* label = new QLabel(text);
  label->setBuddy(field);
  field->setAccessibleName(spoken(text));
  if (row)
    form->addRow(label, row);
  else
    form->addRow(label, field);
  return label;
}

}  // namespace lumiere::ui
