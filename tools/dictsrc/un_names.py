"""The UN names of the member and observer states in the six UN languages
(un_names_data.py), and the grammatical forms a text uses them in:

  * Russian: the genitive, dative, accusative, instrumental and prepositional
    cases of each name ("Российской Федерации", "Соединенных Штатов Америки",
    "Республики Корея": a head noun declines, a name in apposition after it
    does not);
  * Arabic: the name with the commonest proclitics written onto its first
    word ("و" and, "ب" in/with, "ل" for; "ل" + "ال" is written "لل").

Used by tools/gen_governments.py (the dictionary) and by
tests/gold/score_countries.py (the test over the same table).
"""
import collections

from un_names_data import TABLES

Row = collections.namedtuple("Row", "id lang form name")


def rows():
    """Every (id, lang, short|formal, name) of the table, in table order."""
    out = []
    for lang, table in TABLES.items():
        for line in table.strip().splitlines():
            cc, short, formal = line.split("|")
            out.append(Row(cc, lang, "short", short))
            if formal and formal != short:
                out.append(Row(cc, lang, "formal", formal))
    return out


def inflected(row):
    """The other grammatical forms of a row's name (may be empty)."""
    if row.lang == "ru":
        return russian_cases(row.name)
    if row.lang == "ar":
        return arabic_proclitics(row.name)
    return []


# --- Russian ----------------------------------------------------------------

CASES = ("gen", "dat", "acc", "ins", "pre")

# Nouns whose forms the rules below would get wrong, and head nouns that
# govern the rest of a name (given in full for clarity).
NOUNS = {
    "Египет": ("Египта", "Египту", "Египет", "Египтом", "Египте"),
    "Беларусь": ("Беларуси", "Беларуси", "Беларусь", "Беларусью", "Беларуси"),
    "Израиль": ("Израиля", "Израилю", "Израиль", "Израилем", "Израиле"),
    "Маврикий": ("Маврикия", "Маврикию", "Маврикий", "Маврикием", "Маврикии"),
    "Бангладеш": ("Бангладеш",) * 5,
    "Острова": ("Островов", "Островам", "Острова", "Островами", "Островах"),
    "Штаты": ("Штатов", "Штатам", "Штаты", "Штатами", "Штатах"),
    "Эмираты": ("Эмиратов", "Эмиратам", "Эмираты", "Эмиратами", "Эмиратах"),
    "Нидерланды": ("Нидерландов", "Нидерландам", "Нидерланды", "Нидерландами", "Нидерландах"),
    "Филиппины": ("Филиппин", "Филиппинам", "Филиппины", "Филиппинами", "Филиппинах"),
    "Гренадины": ("Гренадин", "Гренадинам", "Гренадины", "Гренадинами", "Гренадинах"),
    "Престол": ("Престола", "Престолу", "Престол", "Престолом", "Престоле"),
}
SIBILANT = set("жшщчц")
VELAR_SIB = set("гкхжшщч")
INDECLINABLE_END = set("оеиуюэё")


def _noun(w):
    """Five case forms of one noun (nominative singular or a known plural)."""
    if w in NOUNS:
        return NOUNS[w]
    if "-" in w:
        first, rest = w.split("-", 1)
        # "Гвинея-Бисау": the first part declines; "Коста-Рика", "Шри-Ланка":
        # the last part does; "Буркина-Фасо", "Тимор-Лешти": neither.
        if first == "Гвинея":
            return tuple(f + "-" + rest for f in _noun(first))
        return tuple(first + "-" + f for f in _noun(rest))
    if w.endswith("ство"):  # "Королевство", "Государство": neuter nouns
        s = w[:-1]
        return (s + "а", s + "у", w, s + "ом", s + "е")
    if w[-1] in INDECLINABLE_END or w.endswith(("уа", "оа")):
        return (w,) * 5
    if w.endswith("ия"):
        s = w[:-2]
        return (s + "ии", s + "ии", s + "ию", s + "ией", s + "ии")
    if w.endswith("ея"):
        s = w[:-2]
        return (s + "еи", s + "ее", s + "ею", s + "еей", s + "ее")
    if w.endswith("а"):
        s = w[:-1]
        gen = s + ("и" if s[-1] in VELAR_SIB else "ы")
        ins = s + ("ей" if s[-1] in SIBILANT else "ой")
        return (gen, s + "е", s + "у", ins, s + "е")
    if w.endswith("й"):
        s = w[:-1]
        return (s + "я", s + "ю", w, s + "ем", s + "е")
    if w.endswith("ь"):
        s = w[:-1]
        return (s + "я", s + "ю", w, s + "ем", s + "е")
    ins = w + ("ем" if w[-1] in SIBILANT else "ом")
    return (w + "а", w + "у", w, ins, w + "е")


def _adjective(w, plural):
    """Five case forms of an adjective agreeing with its noun."""
    if plural or w.endswith(("ые", "ие", "овы", "евы", "ины")):
        if w.endswith(("овы", "евы", "ины")):  # possessive: "Маршалловы"
            s = w[:-1]
            return (s + "ых", s + "ым", w, s + "ыми", s + "ых")
        s, v = w[:-2], w[-2]
        y = "ы" if v == "ы" else "и"
        return (s + y + "х", s + y + "м", w, s + y + "ми", s + y + "х")
    if w.endswith(("ая", "яя")):
        s = w[:-2]
        return (s + "ой", s + "ой", s + "ую", s + "ой", s + "ой")
    if w.endswith(("ое", "ый", "ой")):
        s = w[:-2]
        y = "им" if s[-1] in VELAR_SIB else "ым"  # "Великим", "Иорданским"
        return (s + "ого", s + "ому", w, s + y, s + "ом")
    if w.endswith("ий"):
        s = w[:-2]
        soft = "его" if s[-1] in SIBILANT or s[-1] == "н" else "ого"
        return (s + soft, s + ("ему" if soft == "его" else "ому"), w,
                s + ("им"), s + ("ем" if soft == "его" else "ом"))
    raise ValueError(w)


def _is_adjective(w):
    return w.endswith(("ая", "яя", "ое", "ый", "ий", "ой", "ые", "ие", "овы", "евы"))


def _phrase(words):
    """Declines a noun phrase: leading adjectives and the head noun; words
    after the head (a genitive or a name in apposition) stay as they are."""
    k = 0
    while k < len(words) - 1 and _is_adjective(words[k]) and words[k][0].isupper():
        k += 1
    head = words[k]
    plural = head in ("Острова", "Штаты", "Эмираты", "Нидерланды", "Филиппины", "Гренадины")
    forms = [list(_adjective(w, plural)) for w in words[:k]] + [list(_noun(head))]
    out = []
    for c in range(5):
        out.append(" ".join([f[c] for f in forms] + words[k + 1:]))
    return out


HEADS = {"Республика", "Королевство", "Княжество", "Государство", "Федерация", "Содружество",
         "Султанат", "Союз", "Конфедерация", "Герцогство", "Штаты", "Престол"}


# Forms the rules leave out on purpose, given here.
EXTRA_RU = {
    "Сент-Винсент и Гренадины": ["Сент-Винсента и Гренадин", "Сент-Винсенту и Гренадинам",
                                 "Сент-Винсентом и Гренадинами", "Сент-Винсенте и Гренадинах"],
}


def russian_cases(name):
    """The genitive, dative, accusative, instrumental and prepositional forms
    of a Russian name, without the nominative and without repeats."""
    if name in EXTRA_RU:
        return list(EXTRA_RU[name])
    if name.startswith(("Сент-", "Сан-")):
        return []  # "Сент-Китс и Невис", "Сан-Томе и Принсипи": left as written
    if "(" in name:  # "Боливия (Многонациональное Государство)": the name alone
        name = name.split("(")[0].strip()
    words = name.split()
    if " — " in name and not any(w in HEADS or _is_adjective(w) for w in words[:1]):
        left, right = name.split(" — ", 1)  # "Папуа — Новая Гвинея"
        forms = [left + " — " + f for f in russian_cases_list(right.split())]
    elif " и " in name and not any(w in HEADS for w in words) and not any(
            _is_adjective(w) for w in words[:1]):
        a, b = name.split(" и ", 1)  # "Босния и Герцеговина": both parts decline
        fa, fb = russian_cases_list(a.split()), russian_cases_list(b.split())
        forms = [x + " и " + y for x, y in zip(fa, fb)]
    else:
        forms = russian_cases_list(words)
    seen, out = {name}, []
    for f in forms:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def russian_cases_list(words):
    return _phrase(words)


# --- Arabic -----------------------------------------------------------------

PROCLITICS = ("و", "ب", "ل")


def arabic_proclitics(name):
    """The name with a proclitic on its first word: "والاتحاد الروسي",
    "للاتحاد الروسي" (ل + ال), "بفرنسا"."""
    if "(" in name:
        name = name.split("(")[0].strip()
    out = []
    for p in PROCLITICS:
        if p.endswith("ل") and name.startswith("ال"):
            out.append(p + name[1:])  # ل + الـ -> للـ
        else:
            out.append(p + name)
    return out
