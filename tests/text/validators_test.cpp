#include "text/validators.hpp"

#include <gtest/gtest.h>

namespace govwatch::text {
namespace {

TEST(ValidatorsTest, IdChecksumAcceptsTheStandardsExamples) {
  EXPECT_TRUE(IsValidIdChecksum("11010519491231002X"));
  EXPECT_TRUE(IsValidIdChecksum("11010519491231002x"));
  EXPECT_TRUE(IsValidIdChecksum("440524188001010014"));
}

TEST(ValidatorsTest, IdChecksumRejectsOneChangedDigit) {
  EXPECT_FALSE(IsValidIdChecksum("110105194912310021"));
  EXPECT_FALSE(IsValidIdChecksum("440524188001010015"));
  EXPECT_FALSE(IsValidIdChecksum("44052418800101001"));
  EXPECT_FALSE(IsValidIdChecksum("4405241880010100A4"));
}

TEST(ValidatorsTest, ProvinceCodes) {
  EXPECT_TRUE(IsValidProvinceCode("11"));
  EXPECT_TRUE(IsValidProvinceCode("53"));
  EXPECT_TRUE(IsValidProvinceCode("82"));
  EXPECT_FALSE(IsValidProvinceCode("10"));
  EXPECT_FALSE(IsValidProvinceCode("16"));
  EXPECT_FALSE(IsValidProvinceCode("55"));
  EXPECT_FALSE(IsValidProvinceCode("99"));
}

TEST(ValidatorsTest, BirthDateMustBeRealAndNotAfterThePageDate) {
  EXPECT_TRUE(IdBirthDate("11010519491231002X", std::nullopt).has_value());
  EXPECT_FALSE(IdBirthDate("110105194902300020", std::nullopt).has_value());  // 30 February
  EXPECT_FALSE(IdBirthDate("110105189912310020", std::nullopt).has_value());  // before 1900
  EXPECT_FALSE(IdBirthDate("110105202501010020", Date{2024, 6, 1}).has_value());
  EXPECT_TRUE(IdBirthDate("110105491231002", std::nullopt).has_value());  // 15 digits, 1949
}

TEST(ValidatorsTest, UsccCheckFollowsGb32100) {
  EXPECT_TRUE(IsValidUscc("91350100M000100Y43"));
  EXPECT_FALSE(IsValidUscc("91350100M000100Y4Z"));
  EXPECT_FALSE(IsValidUscc("91310115MA1H8R7C6D"));
}

TEST(ValidatorsTest, LuhnAndBin) {
  EXPECT_TRUE(IsValidLuhn("6222021234567890128"));
  EXPECT_FALSE(IsValidLuhn("6222021234567890127"));
  EXPECT_TRUE(IsValidLuhn("4111111111111111"));
  EXPECT_TRUE(IsBankCardPrefix("6222021234567890128"));
  EXPECT_FALSE(IsBankCardPrefix("1234567890123456"));
}

TEST(ValidatorsTest, MobileSegments) {
  EXPECT_TRUE(IsMobileSegment("13812345678"));
  EXPECT_TRUE(IsMobileSegment("19912345678"));
  EXPECT_TRUE(IsMobileSegment("16612345678"));
  EXPECT_FALSE(IsMobileSegment("12012345678"));
  EXPECT_FALSE(IsMobileSegment("15412345678"));
  EXPECT_FALSE(IsMobileSegment("16112345678"));
  EXPECT_FALSE(IsMobileSegment("1381234567"));
}

}  // namespace
}  // namespace govwatch::text
