// Line and column of byte offsets, for offsets visited in increasing order
// (then each step costs only the bytes between two offsets). Lines and
// columns are 1-based; columns count code points, as editors show them.
#ifndef CAUCUS_TEXT_LOCATOR_H_
#define CAUCUS_TEXT_LOCATOR_H_

#include <cstdint>
#include <string_view>
#include <utility>

namespace caucus {

class TextLocator {
 public:
  explicit TextLocator(std::string_view text) : text_(text) {}
  // {line, column} of `offset`; an offset before the last one restarts the walk.
  std::pair<uint32_t, uint32_t> At(uint32_t offset) {
    if (offset < pos_) {
      pos_ = 0;
      line_ = 1;
      col_ = 1;
    }
    for (; pos_ < offset && pos_ < text_.size(); ++pos_) {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '\n') {
        ++line_;
        col_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++col_;
      }
    }
    return {line_, col_};
  }

 private:
  std::string_view text_;
  uint32_t pos_ = 0, line_ = 1, col_ = 1;
};

}  // namespace caucus

#endif  // CAUCUS_TEXT_LOCATOR_H_
