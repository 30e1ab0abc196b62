// The style dialog, offscreen: its live preview follows every change (classes, counts, errors)
// and style() returns what was chosen. Widgets are reached by their object names.
#include "ui/style_dialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>
#include <cmath>
#include <set>

#include "maps/language.h"
#include "maps/legend.h"
#include "ui_test_support.h"

namespace {

using lumiere::maps::ClassMethod;
using lumiere::maps::StyleKind;
using lumiere::test::child;
using lumiere::ui::StyleDialog;

void choose(const QWidget& dialog, const char* combo, const QVariant& data) {
  auto* box = child<QComboBox>(dialog, combo);
  const int i = box->findData(data);
  ASSERT_GE(i, 0) << combo << " has no item " << data.toString().toStdString();
  box->setCurrentIndex(i);
}

QPushButton* ok_button(const QWidget& dialog) {
  return child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok);
}

// The feature counts of the preview's rows ("1 234" is written with narrow no-break spaces).
std::vector<long> preview_counts(const QWidget& dialog) {
  auto* table = child<QTableWidget>(dialog, "preview");
  std::vector<long> counts;
  for (int r = 0; r < table->rowCount(); ++r) {
    QString text = table->item(r, 2)->text();
    text.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    counts.push_back(text.toLong());
  }
  return counts;
}

long sum(const std::vector<long>& v) {
  long s = 0;
  for (long x : v) s += x;
  return s;
}

bool error_shown(const QWidget& dialog) {
  return !child<QLabel>(dialog, "preview_error")->isHidden() &&
         child<QTableWidget>(dialog, "preview")->isHidden();
}

class StyleDialogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto styled = lumiere::test::styled_departements();
    ASSERT_TRUE(styled);
    source = styled->source;
    const auto* density = source->attributes.numbers("density");
    ASSERT_NE(density, nullptr);
    for (double d : *density) with_value += std::isfinite(d) ? 1 : 0;
    ASSERT_GT(with_value, 90);
  }
  std::shared_ptr<const lumiere::core::VectorLayer> source;
  long with_value = 0;
};

TEST_F(StyleDialogTest, GraduatedPreviewFollowsEveryChange) {
  StyleDialog dialog(source, lumiere::maps::Style{});
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  choose(dialog, "kind", static_cast<int>(StyleKind::Graduated));
  choose(dialog, "graduated_field", QStringLiteral("density"));
  choose(dialog, "method", static_cast<int>(ClassMethod::Jenks));
  child<QSpinBox>(dialog, "classes")->setValue(5);
  EXPECT_FALSE(error_shown(dialog));
  auto counts = preview_counts(dialog);
  ASSERT_EQ(counts.size(), 5U);
  EXPECT_EQ(sum(counts), with_value);
  for (long c : counts) EXPECT_GT(c, 0);

  choose(dialog, "method", static_cast<int>(ClassMethod::Q6));
  EXPECT_FALSE(child<QSpinBox>(dialog, "classes")->isEnabled());
  counts = preview_counts(dialog);
  EXPECT_EQ(counts.size(), 6U);
  EXPECT_EQ(sum(counts), with_value);

  // Manual breaks start from the Q6 classes; a break beyond the maximum is refused.
  choose(dialog, "method", static_cast<int>(ClassMethod::Manual));
  auto* breaks = child<QLineEdit>(dialog, "breaks");
  EXPECT_TRUE(breaks->isEnabled());
  EXPECT_EQ(lumiere::ui::parse_breaks(breaks->text())->size(), 5U);
  EXPECT_EQ(preview_counts(dialog).size(), 6U);
  breaks->setText(QStringLiteral("50; 99999999"));
  EXPECT_TRUE(error_shown(dialog));
  EXPECT_FALSE(child<QLabel>(dialog, "preview_error")->text().isEmpty());
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
  breaks->setText(QStringLiteral("not a number"));
  EXPECT_TRUE(error_shown(dialog));
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
  breaks->setText(QStringLiteral("50; 120,5; 1000"));
  EXPECT_FALSE(error_shown(dialog));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  EXPECT_EQ(preview_counts(dialog).size(), 4U);
  EXPECT_EQ(sum(preview_counts(dialog)), with_value);
}

TEST_F(StyleDialogTest, StyleReturnsWhatWasChosen) {
  StyleDialog dialog(source, lumiere::maps::Style{});
  choose(dialog, "kind", static_cast<int>(StyleKind::Graduated));
  choose(dialog, "graduated_field", QStringLiteral("density"));
  choose(dialog, "method", static_cast<int>(ClassMethod::Jenks));
  child<QSpinBox>(dialog, "classes")->setValue(7);
  choose(dialog, "ramp", QStringLiteral("viridis"));
  child<QCheckBox>(dialog, "reverse")->setChecked(true);
  const lumiere::maps::Style style = dialog.style();
  EXPECT_EQ(style.kind, StyleKind::Graduated);
  EXPECT_EQ(style.field, QStringLiteral("density"));
  EXPECT_EQ(style.classification.method, ClassMethod::Jenks);
  EXPECT_EQ(style.classification.classes, 7);
  EXPECT_EQ(style.ramp, QStringLiteral("viridis"));
  EXPECT_TRUE(style.reverse_ramp);
  EXPECT_EQ(preview_counts(dialog).size(), 7U);

  // The dialog opens on a style as it was left.
  StyleDialog again(source, style);
  EXPECT_EQ(child<QComboBox>(again, "kind")->currentData().toInt(),
            static_cast<int>(StyleKind::Graduated));
  EXPECT_EQ(child<QSpinBox>(again, "classes")->value(), 7);
  EXPECT_EQ(child<QComboBox>(again, "ramp")->currentData().toString(), QStringLiteral("viridis"));
  EXPECT_EQ(again.style().ramp, QStringLiteral("viridis"));
  EXPECT_EQ(preview_counts(again).size(), 7U);
}

TEST_F(StyleDialogTest, RampWithTooFewColoursIsRefused) {
  StyleDialog dialog(source, lumiere::maps::Style{});
  choose(dialog, "kind", static_cast<int>(StyleKind::Graduated));
  choose(dialog, "graduated_field", QStringLiteral("density"));
  choose(dialog, "ramp", QStringLiteral("Set2"));  // 8 colours
  child<QSpinBox>(dialog, "classes")->setValue(9);
  EXPECT_TRUE(error_shown(dialog));
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
  child<QSpinBox>(dialog, "classes")->setValue(8);
  EXPECT_FALSE(error_shown(dialog));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
}

TEST_F(StyleDialogTest, CategoriesListTheValuesWithTheirCounts) {
  // The départements have no text column of their own: a layer of their codes (no geometry is
  // needed to classify) with one, the code's first digit.
  auto layer = std::make_shared<lumiere::core::VectorLayer>();
  layer->name = "codes";
  layer->codes = source->codes;
  std::vector<std::string> firsts;
  for (const std::string& code : layer->codes) firsts.push_back(code.substr(0, 1));
  const std::set<std::string> distinct(firsts.begin(), firsts.end());
  layer->attributes.set_texts("first_digit", firsts);
  source = layer;

  StyleDialog dialog(source, lumiere::maps::Style{});
  choose(dialog, "kind", static_cast<int>(StyleKind::Categorized));
  choose(dialog, "category_field", QStringLiteral("first_digit"));
  auto* categories = child<QTableWidget>(dialog, "categories");
  EXPECT_EQ(categories->rowCount(), static_cast<int>(distinct.size()));
  auto counts = preview_counts(dialog);
  EXPECT_EQ(counts.size(), distinct.size());
  EXPECT_EQ(sum(counts), static_cast<long>(source->feature_count()));
  for (long c : counts) EXPECT_GT(c, 0);
  // Neighbouring categories get different colours.
  const lumiere::maps::Style style = dialog.style();
  ASSERT_EQ(style.categories.size(), distinct.size());
  EXPECT_EQ(style.field, QStringLiteral("first_digit"));
  EXPECT_NE(style.categories[0].color, style.categories[1].color);
  // A label edited in the table reaches the style.
  categories->item(0, 2)->setText(QStringLiteral("Première"));
  EXPECT_EQ(dialog.style().categories[0].label, QStringLiteral("Première"));

  // 101 codes: the first 50, the others counted together, and a message says so.
  choose(dialog, "category_field", QStringLiteral("code"));
  EXPECT_EQ(categories->rowCount(), StyleDialog::kMaxCategories);
  EXPECT_TRUE(child<QLabel>(dialog, "category_message")->text().contains(QStringLiteral("101")));
  counts = preview_counts(dialog);
  EXPECT_EQ(counts.size(), static_cast<std::size_t>(StyleDialog::kMaxCategories) + 1);
  EXPECT_EQ(counts.back(),
            static_cast<long>(source->feature_count()) - StyleDialog::kMaxCategories);
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
}

TEST_F(StyleDialogTest, ProportionalAndSingle) {
  StyleDialog dialog(source, lumiere::maps::Style{});
  choose(dialog, "kind", static_cast<int>(StyleKind::Proportional));
  choose(dialog, "proportional_field", QStringLiteral("population"));
  EXPECT_FALSE(error_shown(dialog));
  EXPECT_EQ(dialog.style().kind, StyleKind::Proportional);
  EXPECT_EQ(dialog.style().field, QStringLiteral("population"));
  choose(dialog, "kind", static_cast<int>(StyleKind::Single));
  choose(dialog, "fill_mode", static_cast<int>(lumiere::maps::FillMode::Hatched));
  EXPECT_EQ(dialog.style().kind, StyleKind::Single);
  EXPECT_EQ(dialog.style().symbol.fill_mode, lumiere::maps::FillMode::Hatched);
  EXPECT_EQ(preview_counts(dialog), std::vector<long>{static_cast<long>(source->feature_count())});
}

TEST(ParseBreaks, FrenchAndEnglishNotations) {
  using lumiere::ui::parse_breaks;
  EXPECT_EQ(*parse_breaks(QStringLiteral("50; 120,5; 300")), (std::vector<double>{50, 120.5, 300}));
  EXPECT_EQ(*parse_breaks(QStringLiteral("50, 120.5, 300")), (std::vector<double>{50, 120.5, 300}));
  EXPECT_EQ(*parse_breaks(QStringLiteral("1\u202F234,5 2000")),
            (std::vector<double>{1234.5, 2000}));
  EXPECT_EQ(*parse_breaks(QStringLiteral("1,234.5;1.234,5")),
            (std::vector<double>{1234.5, 1234.5}));
  EXPECT_EQ(*parse_breaks(QStringLiteral("−2,5 0")), (std::vector<double>{-2.5, 0}));
  EXPECT_TRUE(parse_breaks(QStringLiteral(""))->empty());
  EXPECT_FALSE(parse_breaks(QStringLiteral("12 abc")));
  EXPECT_FALSE(parse_breaks(QStringLiteral("1,2,3")));
  EXPECT_EQ(lumiere::ui::format_breaks({50, 120.5, 300}), QStringLiteral("50; 120,5; 300"));
}

QPixmap grab(QWidget& widget) {
  QCoreApplication::processEvents();  // the layout settles through posted events
  return widget.grab();
}

// With LUMIERE_UI_SCREENSHOTS=DIR, writes the dialog as it looks to DIR/style_dialog_*.png.
TEST_F(StyleDialogTest, Screenshot) {
  // Screenshots to look at (LUMIERE_UI_SCREENSHOTS=DIR, else the build tree): every one must
  // at least be written.
  QString dir = qEnvironmentVariable("LUMIERE_UI_SCREENSHOTS");
  if (dir.isEmpty()) dir = QStringLiteral(LUMIERE_UI_SHOT_DIR);
  QDir().mkpath(dir);
  StyleDialog dialog(source, lumiere::maps::Style{});
  dialog.show();
  choose(dialog, "kind", static_cast<int>(StyleKind::Graduated));
  choose(dialog, "graduated_field", QStringLiteral("density"));
  choose(dialog, "method", static_cast<int>(ClassMethod::Jenks));
  EXPECT_TRUE(grab(dialog).save(dir + QStringLiteral("/style_dialog_graduated.png")));
  auto* ramps = child<QComboBox>(dialog, "ramp");
  ramps->showPopup();
  EXPECT_TRUE(
      ramps->view()->window()->grab().save(dir + QStringLiteral("/style_dialog_ramps.png")));
  ramps->hidePopup();
  choose(dialog, "method", static_cast<int>(ClassMethod::Manual));
  child<QLineEdit>(dialog, "breaks")->setText(QStringLiteral("50; 99999999"));
  EXPECT_TRUE(grab(dialog).save(dir + QStringLiteral("/style_dialog_error.png")));
  choose(dialog, "kind", static_cast<int>(StyleKind::Categorized));
  EXPECT_TRUE(grab(dialog).save(dir + QStringLiteral("/style_dialog_categorized.png")));
  choose(dialog, "kind", static_cast<int>(StyleKind::Proportional));
  EXPECT_TRUE(grab(dialog).save(dir + QStringLiteral("/style_dialog_proportional.png")));
  choose(dialog, "kind", static_cast<int>(StyleKind::Single));
  EXPECT_TRUE(grab(dialog).save(dir + QStringLiteral("/style_dialog_single.png")));

  // In French, whose labels are longer.
  QTranslator french;
  ASSERT_TRUE(
      french.load(QLocale(QLocale::French, QLocale::France), "lumiere", "_", LUMIERE_QM_DIR));
  QCoreApplication::installTranslator(&french);
  StyleDialog dialogue(source, dialog.style());
  dialogue.show();
  choose(dialogue, "kind", static_cast<int>(StyleKind::Graduated));
  choose(dialogue, "graduated_field", QStringLiteral("density"));
  choose(dialogue, "method", static_cast<int>(ClassMethod::Q6));
  EXPECT_TRUE(grab(dialogue).save(dir + QStringLiteral("/style_dialog_fr.png")));
  QCoreApplication::removeTranslator(&french);
}

// A yes/no measure (coverage, white zones: numbers 0 and 1) is categories, yes / no / no value,
// in French and in English: never offered to the graduated methods (Jenks, quantiles...), and a
// graduated style given on it opens as its categories.
class YesNoStyleTest : public StyleDialogTest,
                       public ::testing::WithParamInterface<lumiere::maps::Language> {
 protected:
  void SetUp() override {
    StyleDialogTest::SetUp();
    ASSERT_TRUE(lumiere::maps::use_language(GetParam()));
    // The départements' codes with "couvert": 1 for the first 60, 0 for the next 30, no value
    // for the last 11.
    auto layer = std::make_shared<lumiere::core::VectorLayer>();
    layer->name = "couverture";
    layer->codes = source->codes;
    std::vector<double> covered(layer->codes.size(), std::nan(""));
    for (std::size_t f = 0; f < covered.size() && f < 90; ++f) covered[f] = f < 60 ? 1 : 0;
    layer->attributes.set_numbers("couvert", covered);
    layer->attributes.set_numbers("density", *source->attributes.numbers("density"));
    source = layer;
  }
  void TearDown() override { lumiere::maps::use_language(lumiere::maps::Language::English); }
  bool french() const { return GetParam() == lumiere::maps::Language::French; }
};

TEST_P(YesNoStyleTest, IsCategoriesNeverClasses) {
  StyleDialog dialog(source, lumiere::maps::Style{});
  const QString couvert = QStringLiteral("couvert");
  EXPECT_LT(child<QComboBox>(dialog, "graduated_field")->findData(couvert), 0);
  EXPECT_GE(child<QComboBox>(dialog, "graduated_field")->findData(QStringLiteral("density")), 0);
  EXPECT_GE(child<QComboBox>(dialog, "category_field")->findData(couvert), 0);

  choose(dialog, "kind", static_cast<int>(StyleKind::Categorized));
  choose(dialog, "category_field", couvert);
  auto* preview = child<QTableWidget>(dialog, "preview");
  QStringList rows;
  for (int r = 0; r < preview->rowCount(); ++r)
    rows << preview->item(r, 1)->text() + u'=' + preview->item(r, 2)->text();
  EXPECT_EQ(rows, french() ? QStringList({"oui=60", "non=30", "non renseigné=11"})
                           : QStringList({"yes=60", "no=30", "no value=11"}))
      << rows.join(u',').toStdString();
  EXPECT_TRUE(ok_button(dialog)->isEnabled());

  // A graduated style asked on it (a saved map, a script) opens as the categories.
  lumiere::maps::Style graduated;
  graduated.kind = StyleKind::Graduated;
  graduated.field = couvert;
  graduated.classification.method = ClassMethod::Jenks;
  StyleDialog reopened(source, graduated);
  EXPECT_EQ(child<QComboBox>(reopened, "kind")->currentData().toInt(),
            static_cast<int>(StyleKind::Categorized));
  EXPECT_EQ(reopened.style().kind, StyleKind::Categorized);
  EXPECT_EQ(reopened.style().categories.size(), 2u);
  EXPECT_EQ(preview_counts(reopened), (std::vector<long>{60, 30, 11}));
}

INSTANTIATE_TEST_SUITE_P(FrenchAndEnglish, YesNoStyleTest,
                         ::testing::Values(lumiere::maps::Language::French,
                                           lumiere::maps::Language::English),
                         [](const auto& info) {
                           return info.param == lumiere::maps::Language::French ? "French"
                                                                                : "English";
                         });

}  // namespace
