#!/usr/bin/env python3
"""Lines per function definition in C++ files, longest first.

usage: function_lengths.py [--top N] FILE...

A definition is a line at column 0 that is neither a comment, a preprocessor
line nor a declaration ending in ';', and opens a body whose closing brace is
the next line starting with '}' at column 0 (the project's clang-format style
puts both there). Member functions defined inside a class body are not
counted separately. Good enough to watch the stance code's function sizes.
"""
import re
import sys


def functions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (line and not line[0].isspace() and not line.startswith(("//", "#", "}", "namespace",
                                                                     "using", "template"))
                and "(" in line and not re.match(r"^(struct|class|enum|union)\b", line)):
            # The signature may span lines; the body opens at the first '{'.
            j = i
            while j < len(lines) and "{" not in lines[j] and not lines[j].rstrip().endswith(";"):
                j += 1
            if j < len(lines) and "{" in lines[j]:
                if lines[j].rstrip().endswith("}"):  # a one-line body
                    i = j + 1
                    continue
                k = j + 1
                while k < len(lines) and not lines[k].startswith("}"):
                    k += 1
                name = re.sub(r"\s+", " ", " ".join(lines[i:j + 1]))
                name = name.split("(")[0].split(" ")[-1]
                out.append((k - i + 1, path, i + 1, name))
                i = k + 1
                continue
        i += 1
    return out


def main():
    args = sys.argv[1:]
    top = 20
    if args[:1] == ["--top"]:
        top = int(args[1])
        args = args[2:]
    rows = []
    for path in args:
        rows += functions(path)
    rows.sort(reverse=True)
    for n, path, line, name in rows[:top]:
        print(f"{n:5d}  {path}:{line}  {name}")


if __name__ == "__main__":
    main()
