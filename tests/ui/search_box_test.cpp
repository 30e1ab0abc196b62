// The window's search field on the national COG, driven by the keyboard and the mouse as a user
// would: typing lists the places, Enter chooses the first, the arrows another, a click the one
// clicked, Escape closes; keys reaching the open list (which has the keyboard then) still edit
// the text; nothing found says so and chooses nothing.
#include "ui/search_box.h"

#include <gtest/gtest.h>

#include <QTest>
#include <QTreeWidget>
#include <memory>
#include <vector>

#include "../core/test_data.h"
#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"

namespace {

using lumiere::core::Place;
using lumiere::core::PlaceIndex;
using lumiere::core::PlaceKind;
using lumiere::ui::SearchBox;

class SearchBoxTest : public lumiere::test::CogDataTest {
 protected:
  void SetUp() override {
    CogDataTest::SetUp();
    if (HasFatalFailure()) return;
    box_.set_index(index());
    QObject::connect(&box_, &SearchBox::place_chosen,
                     [this](const Place& place) { chosen_.push_back(place); });
    box_.resize(400, box_.sizeHint().height());
    box_.show();
    box_.activateWindow();
    box_.setFocus();
  }
  static std::shared_ptr<const PlaceIndex> index() {
    static const auto built = std::make_shared<const PlaceIndex>(cog());
    return built;
  }
  QTreeWidget& popup() { return *box_.popup(); }

  SearchBox box_;
  std::vector<Place> chosen_;
};

TEST_F(SearchBoxTest, TypingListsThePlacesAndEnterChoosesTheFirst) {
  QTest::keyClicks(&box_, "rochelle");
  ASSERT_TRUE(popup().isVisible());
  ASSERT_GE(box_.results().size(), 2u);
  EXPECT_LE(box_.results().size(), SearchBox::kMaxResults);
  EXPECT_EQ(popup().topLevelItemCount(), static_cast<int>(box_.results().size()));
  // Each row: "name — context", and the kind.
  EXPECT_EQ(popup().topLevelItem(0)->text(0),
            QString::fromUtf8("La Rochelle — Charente-Maritime (17)"));
  EXPECT_EQ(popup().topLevelItem(0)->text(1), "Commune");
  EXPECT_EQ(popup().topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString(),
            QString::fromUtf8("La Rochelle — Charente-Maritime (17), Commune"));
  EXPECT_EQ(box_.highlighted(), -1);
  QTest::keyClick(&box_, Qt::Key_Return);
  ASSERT_EQ(chosen_.size(), 1u);
  EXPECT_EQ(chosen_[0].code, "17300");
  EXPECT_EQ(chosen_[0].kind, PlaceKind::Commune);
  EXPECT_FALSE(popup().isVisible());
  EXPECT_EQ(box_.text(), "La Rochelle");
}

TEST_F(SearchBoxTest, ArrowsPickAnotherPlace) {
  QTest::keyClicks(&box_, "rochelle");
  ASSERT_GE(box_.results().size(), 3u);
  QTest::keyClick(&box_, Qt::Key_Down);
  EXPECT_EQ(box_.highlighted(), 0);
  QTest::keyClick(&box_, Qt::Key_Down);
  QTest::keyClick(&box_, Qt::Key_Down);
  QTest::keyClick(&box_, Qt::Key_Up);
  EXPECT_EQ(box_.highlighted(), 1);
  QTest::keyClick(&box_, Qt::Key_Enter);
  ASSERT_EQ(chosen_.size(), 1u);
  EXPECT_EQ(chosen_[0].code, "70450");  // the other La Rochelle, in the Haute-Saône
  EXPECT_EQ(chosen_[0].context, "Haute-Saône (70)");
  // Up at the top stays there; Page Down goes to the last.
  box_.clear();
  QTest::keyClicks(&box_, "saint");
  ASSERT_EQ(box_.results().size(), SearchBox::kMaxResults);
  QTest::keyClick(&box_, Qt::Key_Down);
  QTest::keyClick(&box_, Qt::Key_Up);
  EXPECT_EQ(box_.highlighted(), 0);
  QTest::keyClick(&box_, Qt::Key_PageDown);
  EXPECT_EQ(box_.highlighted(), static_cast<int>(SearchBox::kMaxResults) - 1);
}

TEST_F(SearchBoxTest, EscapeClosesAndTheArrowsOpenAgain) {
  QTest::keyClicks(&box_, "st etienne");
  ASSERT_TRUE(popup().isVisible());
  EXPECT_EQ(box_.results().front().code, "42218");
  QTest::keyClick(&box_, Qt::Key_Escape);
  EXPECT_FALSE(popup().isVisible());
  EXPECT_TRUE(chosen_.empty());
  EXPECT_EQ(box_.text(), "st etienne");  // the text stays
  QTest::keyClick(&box_, Qt::Key_Down);
  EXPECT_TRUE(popup().isVisible());
  EXPECT_EQ(box_.highlighted(), 0);
  // Emptied, the list closes.
  box_.selectAll();
  QTest::keyClick(&box_, Qt::Key_Backspace);
  EXPECT_FALSE(popup().isVisible());
  EXPECT_TRUE(box_.results().empty());
  // Enter on the closed list searches the text and chooses its first place.
  box_.setText("2a004");
  QTest::keyClick(&box_, Qt::Key_Return);
  ASSERT_EQ(chosen_.size(), 1u);
  EXPECT_EQ(chosen_[0].name, "Ajaccio");
}

TEST_F(SearchBoxTest, AClickChoosesThePlaceClicked) {
  QTest::keyClicks(&box_, "17");
  ASSERT_TRUE(popup().isVisible());
  ASSERT_GE(popup().topLevelItemCount(), 2);
  EXPECT_EQ(popup().topLevelItem(0)->text(0),
            QString::fromUtf8("Charente-Maritime — 17, Nouvelle-Aquitaine"));
  EXPECT_EQ(popup().topLevelItem(0)->text(1), "Department");
  const QRect second = popup().visualItemRect(popup().topLevelItem(1));
  ASSERT_FALSE(second.isEmpty());
  QTest::mouseClick(popup().viewport(), Qt::LeftButton, {}, second.center());
  ASSERT_EQ(chosen_.size(), 1u);
  EXPECT_EQ(chosen_[0].code, box_.results()[1].code);
  EXPECT_EQ(chosen_[0].code, "17300");
  EXPECT_FALSE(popup().isVisible());
}

TEST_F(SearchBoxTest, KeysReachingTheOpenListEditTheText) {
  QTest::keyClicks(&box_, "la ro");
  ASSERT_TRUE(popup().isVisible());
  // While the list is open it has the keyboard: letters go on into the text, the arrows and
  // Enter work the list.
  QTest::keyClicks(&popup(), "ch");
  EXPECT_EQ(box_.text(), "la roch");
  EXPECT_EQ(box_.results().front().code, "17300");
  QTest::keyClick(&popup(), Qt::Key_Backspace);
  EXPECT_EQ(box_.text(), "la roc");
  QTest::keyClicks(&popup(), "helle");
  QTest::keyClick(&popup(), Qt::Key_Down);
  QTest::keyClick(&popup(), Qt::Key_Down);
  EXPECT_EQ(box_.highlighted(), 1);
  QTest::keyClick(&popup(), Qt::Key_Return);
  ASSERT_EQ(chosen_.size(), 1u);
  EXPECT_EQ(chosen_[0].code, "70450");
  QTest::keyClicks(&box_, "x");
  QTest::keyClick(&popup(), Qt::Key_Escape);
  EXPECT_FALSE(popup().isVisible());
}

TEST_F(SearchBoxTest, NothingFoundChoosesNothing) {
  QTest::keyClicks(&box_, "zzzz");
  EXPECT_TRUE(box_.results().empty());
  ASSERT_TRUE(popup().isVisible());
  ASSERT_EQ(popup().topLevelItemCount(), 1);
  EXPECT_EQ(popup().topLevelItem(0)->text(0), "No place found");
  EXPECT_EQ(popup().topLevelItem(0)->flags(), Qt::NoItemFlags);
  QTest::keyClick(&box_, Qt::Key_Down);
  EXPECT_EQ(box_.highlighted(), -1);
  QTest::keyClick(&box_, Qt::Key_Return);
  EXPECT_TRUE(chosen_.empty());
  // Without an index nothing is found, and nothing breaks.
  SearchBox bare;
  bare.show();
  QTest::keyClicks(&bare, "rochelle");
  EXPECT_TRUE(bare.results().empty());
  QTest::keyClick(&bare, Qt::Key_Return);
  bare.popup()->hide();
}

TEST_F(SearchBoxTest, ANewIndexListsItsStructures) {
  lumiere::core::Model model(cog());
  lumiere::core::UndoStack stack(model);
  ASSERT_TRUE(stack.push(std::make_unique<lumiere::core::AddStructure>(lumiere::core::Structure{
      "soluris", "Soluris", lumiere::core::StructureKind::SyndicatMixte, "", "", "", {}})));
  QTest::keyClicks(&box_, "soluris");
  EXPECT_TRUE(box_.results().empty());
  box_.set_index(std::make_shared<const PlaceIndex>(index()->with_structures(model)));
  ASSERT_EQ(box_.results().size(), 1u);  // listed again at once, the list being open
  EXPECT_EQ(popup().topLevelItem(0)->text(0), QString::fromUtf8("Soluris — Syndicat mixte"));
  EXPECT_EQ(popup().topLevelItem(0)->text(1), "Structure");
  QTest::keyClick(&box_, Qt::Key_Return);
  ASSERT_EQ(chosen_.size(), 1u);
  EXPECT_EQ(chosen_[0].kind, PlaceKind::Structure);
  EXPECT_EQ(chosen_[0].code, "soluris");
}

TEST_F(SearchBoxTest, NamedForScreenReadersAndReachedByTab) {
  EXPECT_FALSE(box_.accessibleName().isEmpty());
  EXPECT_FALSE(box_.placeholderText().isEmpty());
  EXPECT_FALSE(popup().accessibleName().isEmpty());
  EXPECT_NE(box_.focusPolicy() & Qt::TabFocus, 0);
  EXPECT_EQ(popup().focusPolicy(), Qt::NoFocus);  // the text keeps the focus
}

}  // namespace
