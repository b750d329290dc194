// Check-digit and format validators for Chinese identifiers (see spec/pii-facts.md): ID numbers
// (GB 11643), unified social credit codes (GB 32100), mobile segments (MIIT) and bank cards (Luhn).
// Pure functions over ASCII strings; thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "common/time.hpp"

namespace govwatch::text {

// The ISO 7064 MOD 11-2 check character ('0'..'9' or 'X') of the first 17 digits of an ID
// number, or '\0' when they are not 17 digits.
char IdCheckCharacter(std::string_view first17);
// True when an 18-character ID number's last character matches its check character ('x' is
// accepted for 'X').
bool IsValidIdChecksum(std::string_view id18);
// True when the two leading digits are a province-level code of GB/T 2260 (11–15, 21–23, 31–37,
// 41–46, 50–54, 61–65, 71, 81–83).
bool IsValidProvinceCode(std::string_view digits);
// The birth date of an 18-digit ID (positions 7–14) or a 15-digit one (positions 7–12, 19YY),
// when it is a real calendar day from 1900-01-01 to `not_after` (inclusive, when given).
std::optional<Date> IdBirthDate(std::string_view id, std::optional<Date> not_after);
// True when `digits` passes the Luhn (mod 10) check.
bool IsValidLuhn(std::string_view digits);
// True when `code` is an 18-character unified social credit code with a valid GB 32100 check.
bool IsValidUscc(std::string_view code);
// True when an 11-digit number starts with a public mobile segment (1 + 3x/4[5-9]/5[0-35-9]/
// 6[2567]/7[0-8]/8x/9[0-35-9]).
bool IsMobileSegment(std::string_view digits11);
// True for a bank card BIN prefix: 62 (UnionPay), 4 (Visa), 51–55 and 22–27 (Mastercard), 35
// (JCB), 34/37 (Amex).
bool IsBankCardPrefix(std::string_view digits);

}  // namespace govwatch::text
