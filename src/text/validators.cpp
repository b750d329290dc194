#include "text/validators.hpp"

#include <array>
#include <cstring>

namespace govwatch::text {

namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int Digit(char c) { return c - '0'; }

int TwoDigits(std::string_view s, std::size_t at) { return Digit(s[at]) * 10 + Digit(s[at + 1]); }

}  // namespace

char IdCheckCharacter(std::string_view first17) {
  if (first17.size() != 17 || !AllDigits(first17)) return '\0';
  static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::array<char, 11> kCheck = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += Digit(first17[i]) * kWeights[i];
  return kCheck[static_cast<std::size_t>(sum % 11)];
}

bool IsValidIdChecksum(std::string_view id18) {
  if (id18.size() != 18) return false;
  char expected = IdCheckCharacter(id18.substr(0, 17));
  if (expected == '\0') return false;
  char actual = id18[17] == 'x' ? 'X' : id18[17];
  return actual == expected;
}

bool IsValidProvinceCode(std::string_view digits) {
  if (digits.size() < 2 || !AllDigits(digits.substr(0, 2))) return false;
  int code = TwoDigits(digits, 0);
  return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
         (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
         code == 71 || (code >= 81 && code <= 83);
}

std::optional<Date> IdBirthDate(std::string_view id, std::optional<Date> not_after) {
  Date date;
  if (id.size() == 18) {
    if (!AllDigits(id.substr(6, 8))) return std::nullopt;
    date.year = TwoDigits(id, 6) * 100 + TwoDigits(id, 8);
    date.month = TwoDigits(id, 10);
    date.day = TwoDigits(id, 12);
  } else if (id.size() == 15) {
    if (!AllDigits(id.substr(6, 6))) return std::nullopt;
    date.year = 1900 + TwoDigits(id, 6);
    date.month = TwoDigits(id, 8);
    date.day = TwoDigits(id, 10);
  } else {
    return std::nullopt;
  }
  if (date.year < 1900 || !IsValidDate(date.year, date.month, date.day)) return std::nullopt;
  if (not_after && date > *not_after) return std::nullopt;
  return date;
}

bool IsValidLuhn(std::string_view digits) {
  if (digits.size() < 2 || !AllDigits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = Digit(*it);
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool IsValidUscc(std::string_view code) {
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (code.size() != 18 || !AllDigits(code.substr(2, 6))) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    std::size_t value = kAlphabet.find(code[i]);
    if (value == std::string_view::npos) return false;
    sum += static_cast<int>(value) * kWeights[i];
  }
  std::size_t check = static_cast<std::size_t>((31 - sum % 31) % 31);
  return code[17] == kAlphabet[check];
}

bool IsMobileSegment(std::string_view digits11) {
  if (digits11.size() != 11 || !AllDigits(digits11) || digits11[0] != '1') return false;
  int second = Digit(digits11[1]);
  int third = Digit(digits11[2]);
  switch (second) {
    case 3:
    case 8: return true;
    case 4: return third >= 5;
    case 5: return third != 4;
    case 6: return third == 2 || third == 5 || third == 6 || third == 7;
    case 7: return third <= 8;
    case 9: return third != 4;
    default: return false;
  }
}

bool IsBankCardPrefix(std::string_view digits) {
  if (digits.size() < 2 || !AllDigits(digits.substr(0, 2))) return false;
  int two = TwoDigits(digits, 0);
  return two == 62 || digits[0] == '4' || (two >= 51 && two <= 55) || (two >= 22 && two <= 27) || two == 35 ||
         two == 34 || two == 37;
}

}  // namespace govwatch::text
