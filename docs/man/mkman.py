#!/usr/bin/env python3
"""Writes docs/man/*.1: the text below (descriptions, examples, and one
description per option) plus the option list of each tool's --help, so every
option --help shows is documented and in the same order.

    python3 docs/man/mkman.py build/caucus docs/man

Run it after adding or changing a tool's options (tests/cli/test_man.py fails
until the pages document every option --help shows); a new option needs an
entry in OPTS (or TOOL_OPTS when its meaning depends on the tool), else the
script warns and writes "(undocumented)". Tools the binary does not have yet
get their "fallback" option list."""
import re
import subprocess
import sys

CAUCUS, OUT = sys.argv[1], sys.argv[2]
DATE = "2026-11-28"
VERSION = subprocess.run([CAUCUS, "--version"], stdout=subprocess.PIPE).stdout.decode().split()[-1]

COMMON_DICT = ["recursive", "follow", "max-record-bytes", "strict", "jobs", "input-format",
               "encoding", "dict", "help"]
COMMON = ["recursive", "follow", "max-record-bytes", "strict", "jobs", "input-format", "encoding",
          "help"]

# Option name -> (metavar or None, roff description). Descriptions are roff.
OPTS = {
    "recursive": (None, "Read directories recursively. Without it a directory argument is an "
                  "error. Files are read in sorted path order; hidden entries (names starting "
                  "with a dot) are skipped, and so are symbolic links to directories unless "
                  "\\fB\\-\\-follow\\fR is given. Every entry that cannot be read (an "
                  "unreadable directory, a dangling symbolic link) is reported as an error. A "
                  "binary file found in a directory is skipped with a note on standard error "
                  "and counted, not an error; a binary file named on the command line is one."),
    "follow": (None, "With \\fB\\-r\\fR, follow symbolic links to directories. A link that "
               "leads back to a directory being walked (a file system loop, found by device "
               "and inode) is reported and not walked again."),
    "max-record-bytes": ("SIZE", "The largest record read: one JSON Lines line, or one plain "
                         "file (default \\fB1G\\fR; a number of bytes, or with a \\fBK\\fR, "
                         "\\fBM\\fR or \\fBG\\fR suffix, powers of 1024). A larger record is "
                         "reported (\\(lqrecord larger than the maximum of N bytes\\(rq) and "
                         "skipped without being read into memory."),
    "strict": (None, "Stop at the first bad record or unreadable input (after writing the "
               "records before it) instead of reporting it and going on."),
    "jobs": ("N", "Process documents on \\fIN\\fR threads (default 1; 0 means one per core). "
             "Output stays in input order and is byte-identical whatever \\fIN\\fR."),
    "input-format": ("FORMAT", "How to read inputs that are not JSON Lines: "
                     "\\fBauto\\fR (default: by extension, then by content; PDF by its "
                     "signature, DOCX and ODT by extension or by what their ZIP archive holds), "
                     "\\fBtext\\fR, \\fBmarkdown\\fR, \\fBhtml\\fR, \\fBpdf\\fR, \\fBdocx\\fR, "
                     "\\fBodt\\fR. JSONL inputs are always read as records."),
    "encoding": ("NAME", "Source encoding of text files, as an ICU converter name "
                 "(\\fBwindows\\-1252\\fR, \\fBISO\\-8859\\-1\\fR, \\fBUTF\\-16LE\\fR). Default: "
                 "detect (UTF\\-8, UTF\\-16 with a byte-order mark, else a legacy encoding). "
                 "The result is recorded in \\fBmeta.encoding\\fR."),
    "dict": ("FILE", "Add a user dictionary (JSON, the format of the shipped ones, see "
             "\\fBcaucus\\-dict\\fR(1)); loaded after the shipped dictionaries. Repeatable."),
    "glob": ("GLOB", "With \\fB\\-r\\fR, read only the files that match \\fIGLOB\\fR, as in "
             "ripgrep: a glob without \\(lq/\\(rq matches the file name (\\fB\\(aq*.md\\(aq\\fR), one "
             "with it the path below the directory (\\fB\\(aqnews/*\\(aq\\fR, where \\fB*\\fR "
             "crosses \\(lq/\\(rq); \\fB!\\fR\\fIGLOB\\fR excludes (\\fB\\(aq!SOURCE.txt\\(aq\\fR). "
             "Repeatable. Files named on the command line are always read."),
    "type": ("TYPE", "With \\fB\\-r\\fR, read only files of these types, by extension: "
             "\\fBtext\\fR (txt), \\fBmarkdown\\fR (md), \\fBhtml\\fR (html, htm), \\fBjsonl\\fR "
             "(jsonl, ndjson, json), \\fBpdf\\fR, \\fBdocx\\fR, \\fBodt\\fR. Comma-separated or "
             "repeatable."),
    "help": (None, "Print the tool's options and examples, and exit."),
    "version": (None, "Print the version and exit."),
    # segment
    "tokens": (None, "Also add a \\fBtokens\\fR layer: the spans of words, numbers and "
               "punctuation marks, \\fB[[begin,end],...]\\fR; whitespace is not a token."),
    # entities
    "kinds": ("KINDS", "Report only these kinds, comma-separated: \\fBgovernment\\fR, "
              "\\fBbody\\fR, \\fBevent\\fR, \\fBinstrument\\fR, \\fBperson\\fR, \\fBgroup\\fR, "
              "\\fBtopic\\fR."),
    "sectors": ("SECTORS", "Report only bodies of these stakeholder sectors, comma-separated: "
                "\\fBintergovernmental\\fR, \\fBgovernment\\fR, \\fBprivate\\-sector\\fR, "
                "\\fBcivil\\-society\\fR, \\fBtechnical\\-community\\fR, \\fBacademia\\fR. Other "
                "kinds are not filtered; a body without a sector (an acronym only the document "
                "defines) is left out."),
    "no-person-rules": (None, "Do not find people by role patterns (\"Dr. X, Secretary-General "
                        "of the ITU\"); people in the dictionaries are still found."),
    "no-defined": (None, "Do not look for acronym definitions in the text (faster). Without it, an "
                   "acronym defined in a document (\"Informal Experts Group (IEG)\") becomes an "
                   "entity there; an \\fBacronyms\\fR layer in the input is always used."),
    # acronyms
    "undefined": ("BOOL", "Also list acronyms used but never defined, with \\fB\"long\": null\\fR "
                  "and \\fB\"defined\": false\\fR, once each at their first use. On by default; "
                  "\\fB\\-\\-undefined=no\\fR turns it off."),
    "no-undefined": (None, "List definitions only (the same as \\fB\\-\\-undefined=no\\fR)."),
    "min-confidence": ("C", "Drop acronyms whose confidence is below \\fIC\\fR, in [0, 1] "
                       "(default 0)."),
    # turns
    "summary": (None, "Print the number of documents, turns and resolved and unresolved "
                "speakers on standard error (always done for more than one document)."),
    # stances
    "cues": ("FILE", "The stance-cue lexicon to use instead of the shipped \\fBcues.json\\fR. "
             "Cue files given with \\fB\\-\\-dict\\fR extend it."),
    "min-score": ("S", "Drop stances scoring below \\fIS\\fR, in [0, 1] (default 0)."),
    "speaker": ("ID", "The document speaker, a government or body id (\\fBBRA\\fR, \\fBEU\\fR), "
                "for documents that declare none in \\fBmeta.speaker\\fR or their front matter: "
                "first-person speech (\\(lqwe support\\(rq, \\(lqmy Government rejects\\(rq) "
                "becomes its stance."),
    # mentions
    "layer": ("LAYER", "What to flatten: \\fBentities\\fR (default), \\fBturns\\fR or "
              "\\fBstances\\fR (actor, polarity, act, target, topic, modality, line, column and "
              "the \\fBevidence\\fR text). A missing entities or stances layer is computed."),
    "sentence-text": (None, "Entity rows end with \\fBsentence_text\\fR, the text of the "
                      "sentence holding the mention (cut by bytes, so jq never has to slice "
                      "\\fB.text\\fR, which it does by code points)."),
    # stats
    "by": ("DIMS", "What to count by: \\fBcorpus\\fR, \\fBkind\\fR, \\fBentity\\fR, "
           "\\fBdocument\\fR, \\fBactor\\fR, \\fBtopic\\fR, \\fBpolarity\\fR, \\fBstance\\fR, "
           "\\fBall\\fR; comma-separated or repeated. Default: all."),
    "top": ("N", "At most \\fIN\\fR rows per grouping (0, the default, means all)."),
    "partial": (None, "Write a mergeable partial instead of the report (the map step). With "
                "\\fB\\-\\-merge\\fR, write the merged partial (for tree-shaped reduces)."),
    "merge": (None, "The inputs are partials written by \\fB\\-\\-partial\\fR: merge them (the "
              "reduce step). Merging partials of any split of a corpus gives exactly the "
              "result of one run over the whole corpus."),
    # graph
    "network": ("NETWORK", "\\fBcomention\\fR (default: entities mentioned together, edges weighted by "
                "how often) or \\fBstance\\fR (actor to target edges, one per polarity, weighted by "
                "the number of stances)."),
    "window": ("WINDOW", "The co-mention window: \\fBsentence\\fR (default) or \\fBdocument\\fR."),
    "min-weight": ("N", "Leave out edges lighter than \\fIN\\fR (default 1)."),
    "isolated": (None, "Keep nodes that have no edge."),
    # matrix
    "unlinked": (None, "Also count stances whose target links to no topic or entity (in a column "
                 "named \\fB\"\"\\fR)."),
    "asserted-only": (None, "Count only asserted stances, not negated, hedged or reported ones."),
    # eval
    "gold": ("GOLD.jsonl", "The gold annotations: JSONL records with the same \\fBid\\fRs as the "
             "inputs and the layers to score (format in \\fBdocs/EVAL.md\\fR)."),
    # check
    "rules": ("FILE", "The rules file (JSON; default \\fBcaucus\\-rules.json\\fR in the current "
              "directory)."),
    "color": ("WHEN", "Colour the table format: \\fBauto\\fR (default: when standard output is "
              "a terminal and \\fBNO_COLOR\\fR is unset), \\fBalways\\fR, \\fBnever\\fR."),
    "init": (None, "Write a starter rules file to the \\fB\\-\\-rules\\fR path (default "
             "\\fBcaucus\\-rules.json\\fR), each rule with a description of what it does, and "
             "exit. An existing file is never overwritten."),
    "transcript-format": ("FORMAT", "The transcript format: \\fBauto\\fR (default; detected "
                          "per document), \\fBcart\\fR (real-time captioning, \">> IRAN:\"), "
                          "\\fBun\\-verbatim\\fR (\"Mr. Levitte (France) (spoke in French):\"), "
                          "\\fBsummary\\fR (\"The delegate of Brazil said that ...\"), "
                          "\\fBscript\\fR (press briefings, \"MODERATOR:\", \"Q:\"), "
                          "\\fBparliament\\fR, \\fBnone\\fR (no turns). Before 0.2 this was "
                          "\\fB\\-\\-format\\fR, whose transcript values are still accepted."),
    "fail-on": ("SEVERITY", "Exit 1 when a finding has this severity or a higher one: "
                "\\fBerror\\fR (default), \\fBwarning\\fR, \\fBsuggestion\\fR, or \\fBnone\\fR "
                "(never exit 1)."),
    "baseline": ("FILE", "Accept the findings recorded in \\fIFILE\\fR (the JSONL or SARIF "
                 "output of an earlier run): only new findings are reported."),
    "write-baseline": ("FILE", "Write every finding of this run to \\fIFILE\\fR as JSONL, for "
                       "a later \\fB\\-\\-baseline\\fR."),
    # dict
    "kind": ("KIND", "Only entries of this kind."),
    ("kinds"): ("KINDS", "Report only these kinds, comma-separated: \\fBgovernment\\fR, "
              "\\fBbody\\fR, \\fBevent\\fR, \\fBinstrument\\fR, \\fBperson\\fR, \\fBgroup\\fR, "
              "\\fBtopic\\fR."),
    "dir": ("DIR", "The dictionary directory (default: the shipped dictionaries, see FILES)."),
    "phrases": (None, "\\fBexport\\fR: write one surface form per line."),
    "case": ("WHICH", "\\fBexport\\fR: only the forms that match case-sensitively "
             "(\\fBsensitive\\fR: acronyms such as \\(lqUS\\(rq, which must not match the "
             "pronoun \\(lqus\\(rq), or only the others (\\fBinsensitive\\fR), or "
             "\\fBall\\fR (default). For grep-like tools: run the first list without and the "
             "second with case folding."),
}

# Per-tool meanings of shared option names.
TOOL_OPTS = {
    ("dict", "kinds"): ("KINDS", "\\fBlist\\fR, \\fBexport\\fR: only entries of these kinds, "
                        "comma-separated (as in \\fBcaucus entities \\-\\-kinds\\fR, plus "
                        "\\fBblock\\fR). \\fB\\-\\-kind\\fR is the old spelling."),
    ("matrix", "min-score"): ("S", "Count only stances scoring at least \\fIS\\fR (default 0)."),
    ("report", "output"): ("FILE", "Write the HTML to \\fIFILE\\fR instead of standard output."),
    ("report", "title"): ("TITLE", "The page title (default \\fBcaucus report\\fR)."),
    ("report", "top"): ("N", "Bars per chart (default 15)."),
    ("report", "actors"): ("N", "Rows of the stance heat map: the \\fIN\\fR actors with the most "
                           "stances (default 20)."),
    ("report", "topics"): ("N", "Columns of the stance heat map: the \\fIN\\fR topics with the most "
                           "stances (default 16)."),
    ("report", "evidence"): ("N", "Evidence sentences kept per heat-map cell (default 20), shown "
                             "when a cell is opened."),
}

# Per-tool --format descriptions (the option means different things).
TABLE = ("\\fBtable\\fR is the view for reading: one block per annotation, headed "
         "FILE:LINE:COL: so editors can jump there, with the sentence it is in (the mention, or "
         "the stance's actor and target, highlighted when coloured; terminal control sequences in "
         "the text removed). ")
FORMAT_DESC = {
    "entities": "Output: \\fBjsonl\\fR (default; records) or \\fBtable\\fR. " + TABLE,
    "stances": "Output: \\fBjsonl\\fR (default; records) or \\fBtable\\fR (actor \\(-> "
               "polarity/act \\(-> target, modality and score). " + TABLE,
    "turns": "Output: \\fBjsonl\\fR (default; records) or \\fBtable\\fR (speaker \\(-> entity, "
             "role and length, and the start of the turn). " + TABLE,
    "check": "Output: \\fBtable\\fR (default; FILE:LINE:COL: severity: message [rule]), "
             "\\fBjsonl\\fR (one finding per line), \\fBsarif\\fR (SARIF 2.1.0, for code-scanning "
             "services), \\fBgithub\\fR (GitHub Actions workflow annotations). The old names "
             "\\fBhuman\\fR and \\fBtext\\fR still work.",
    "stats": "Output: \\fBjsonl\\fR (default) or \\fBtsv\\fR.",
    "mentions": "Output: \\fBjsonl\\fR (default), \\fBtsv\\fR or \\fBcsv\\fR (RFC 4180; TSV and "
                "CSV start with a header line).",
    "matrix": "Output: \\fBjsonl\\fR (default; one line per actor and topic), \\fBtsv\\fR or "
              "\\fBmarkdown\\fR (a table).",
    "eval": "Output: \\fBtable\\fR (default; for reading) or \\fBjson\\fR. \\fBtext\\fR is the "
            "old name of \\fBtable\\fR.",
    "graph": "Output: \\fBdot\\fR (default; Graphviz), \\fBgraphml\\fR (Gephi, yEd, NetworkX) or "
             "\\fBjson\\fR (nodes and edges).",
}

COMMON_EXIT = """.TP
.B 0
Success.
.TP
.B 2
Errors: a usage error, an unreadable input, or a bad record that was reported and skipped
(the other records were still processed).
"""

SEE_FORMAT = "The record format is described in \\fBdocs/FORMAT.md\\fR and \\fBdocs/record.schema.json\\fR."

# name -> dict(summary, synopsis lines (roff), description (roff), examples [(comment, cmd)],
#              extra sections [(title, roff)], fallback help options, exit roff, see also)
TOOLS = {}

def tool(name, **kw):
    TOOLS[name] = kw

tool("read",
     summary="turn files, directories or standard input into caucus document records",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fIDIR\\fR...]"],
     description="""Reads plain text, Markdown, HTML, PDF, DOCX, ODT and caucus JSON Lines and writes one
JSON Lines document record per document: \\fB{"id":...,"text":...,"meta":{...}}\\fR.
.PP
A plain file is one document. Its bytes are checked to be UTF\\-8; UTF\\-16 with a
byte-order mark and legacy single-byte encodings are detected and converted with ICU
(\\fB\\-\\-encoding\\fR forces one). Binary files and NUL bytes are reported, not read:
the first 64 KB of every input are checked before the rest is read. An empty input (no
bytes, or only white space) holds no document: it gets a note on standard error and is
not an error.
HTML is turned into text (tags removed, scripts and styles dropped, entities decoded,
block elements as line breaks). The record's \\fBid\\fR is the path as given, without a
leading \\fB./\\fR (\\fBstdin\\fR for standard input), and \\fBmeta\\fR holds \\fBpath\\fR,
\\fBformat\\fR and \\fBencoding\\fR.
.PP
A PDF is read in reading order with poppler: two columns one after the other, running
heads, footers and page numbers dropped, paragraphs kept, a word hyphenated at a line end
joined; a \\fBpages\\fR layer says where each page's text is, and \\fBmeta\\fR gets the
file's \\fBtitle\\fR and \\fBdate\\fR. DOCX and ODT files give their paragraphs, headings,
table rows (one line each, cells apart by tabs) and footnotes after the body. An encrypted,
damaged or scanned file is reported in one line (a PDF of images: "no text layer; run OCR
first").
.PP
A JSON Lines input (\\fB.jsonl\\fR, \\fB.ndjson\\fR, \\fB.json\\fR, or content starting with
\\fB{"\\fR) is read record by record: each record is checked (an object with a string
\\fBtext\\fR of valid UTF\\-8) and written back unchanged, so \\fBcaucus read\\fR is also a
validator. Every other tool reads its inputs the same way.""",
     examples=[("Read a file:", "caucus read report.txt"),
               ("A whole corpus, recursively, into one JSONL file:", "caucus read \\-r corpus/ > corpus.jsonl"),
               ("A web page from standard input:", "curl \\-s https://example.org/page.html | caucus read \\-\\-input\\-format html"),
               ("An old statement in a Windows code page:", "caucus read \\-\\-encoding windows\\-1252 old\\-statement.txt"),
               ("A meeting record as the UN publishes it, and its pages:", "caucus read S_PV.8700_E.pdf | jq '.pages | length'"),
               ("Check a JSONL file, stopping at the first bad line:", "caucus read \\-\\-strict corpus.jsonl > /dev/null")],
     fallback=COMMON)

tool("segment",
     summary="split documents into paragraphs and sentences, and optionally tokens",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fIDIR\\fR...]"],
     description="""Adds \\fBparagraphs\\fR and \\fBsentences\\fR layers to each record, and \\fBtokens\\fR
with \\fB\\-\\-tokens\\fR. Paragraphs are separated by blank lines. Sentences come from ICU's
sentence break rules, run over the whole paragraph so hard-wrapped text (UN speeches, press
releases) is not cut at every line, with abbreviation handling ("Dr.", "U.S.", "No. 5",
"Art. 3") and forced breaks at headings and list items. A sentence never crosses a paragraph
boundary; each sentence records the index of its paragraph.
.PP
Spans are UTF\\-8 byte offsets into \\fBtext\\fR. Existing \\fBparagraphs\\fR,
\\fBsentences\\fR and \\fBtokens\\fR layers are replaced; everything else is passed through.""",
     examples=[("Segment a report:", "caucus segment report.txt"),
               ("A corpus on two threads:", "caucus read \\-r corpus/ | caucus segment \\-\\-jobs 2 > segmented.jsonl"),
               ("Count tokens:", "caucus segment \\-\\-tokens statement.txt | jq '.tokens | length'"),
               ("Print each sentence (jq slices by code point, so use Python for byte spans):",
                "caucus segment report.txt | python3 \\-c 'import json,sys\n"
                "for l in sys.stdin:\n"
                "    r = json.loads(l); b = r[\"text\"].encode()\n"
                "    for s in r[\"sentences\"]: print(b[s[\"span\"][0]:s[\"span\"][1]].decode())'")],
     fallback=["tokens"] + COMMON)

tool("entities",
     summary="recognise and link governments, bodies, events, instruments, people, groups and topics",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]"],
     description="""Adds an \\fBentities\\fR layer: every mention of a known entity, with its span, the text as
written, its \\fBkind\\fR, a stable \\fBid\\fR and its canonical \\fBname\\fR.
.PP
Kinds and ids: \\fBgovernment\\fR (ISO 3166\\-1 alpha\\-3: \\fBIRN\\fR, \\fBUSA\\fR), \\fBbody\\fR
(the body's short name: \\fBITU\\fR, \\fBIGF\\fR, \\fBCWG\\-Internet\\fR, \\fBRIPE NCC\\fR),
\\fBevent\\fR (\\fBWTPF\\-13\\fR), \\fBinstrument\\fR, \\fBperson\\fR (with \\fBrole\\fR and
\\fBorg\\fR when a role is stated), \\fBgroup\\fR (blocs, stakeholder groups) and \\fBtopic\\fR;
the last ones use slugs.
.PP
Matching is driven by the dictionaries (see \\fBcaucus\\-dict\\fR(1)): names, aliases, demonyms
("Brazilian"), names in the six UN languages ("Россия"). Phrases match at word boundaries and
the longest match wins; acronyms (aliases without lowercase letters) are case-sensitive, so
"US" is the United States and "us" is not; other names are not. Typographic apostrophes and
dashes fold to ASCII ("ITU’s" is ITU), and line breaks and hyphenation inside a name are
allowed. Ambiguous names (Georgia, Niger, Chad, Jordan, Turkey) are guarded by context rules.
Letters compare without diacritics ("Perú" is "Peru"). Acronyms the document defines ("...
Development (CSTD)") become entities too. Then rules: spelling variants of multi-word body
names (\\fBform\\fR \\fBvariant\\fR, a lower \\fBscore\\fR); back-references ("the Summit"
after the World Summit on the Information Society, \\fBform\\fR \\fBback\\-reference\\fR);
demonyms that name a people rather than the state ("500 million Chinese", "Cubans", "the
Palestinian people": kind \\fBgroup\\fR, \\fBform\\fR \\fBpeople\\fR, the country in
\\fBcountry\\fR); bodies named inside longer names ("ITU" in "ITU Council",
\\fBform\\fR \\fBnested\\fR). Bodies carry their stakeholder \\fBsector\\fR, national ones
their \\fBcountry\\fR. A header or front matter (\\fBmeta.header\\fR) is not analysed, and
\\fBmeta.date\\fR chooses between dated entries that share a name.
.PP
An existing \\fBentities\\fR layer is replaced. If the record has an \\fBacronyms\\fR layer its
definitions are used.""",
     examples=[("Annotate a report:", "caucus entities report.txt"),
               ("A corpus on two threads:", "caucus segment \\-r corpus/ | caucus entities \\-j 2 > annotated.jsonl"),
               ("Governments and bodies only, as id and text:",
                "caucus entities \\-\\-kinds government,body statement.txt | jq \\-c '.entities[] | [.id, .text]'"),
               ("With a dictionary of your own:", "caucus entities \\-\\-dict my\\-bodies.json minutes.txt"),
               ("Which governments a corpus mentions most:",
                "caucus entities \\-r corpus/ | jq \\-r '.entities[] | select(.kind == \"government\") | .id' | sort | uniq \\-c | sort \\-rn | head")],
     fallback=["kinds", "sectors", "no-person-rules", "no-defined"] + COMMON_DICT)

tool("acronyms",
     summary="find acronym definitions, and acronyms used but never defined",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fIDIR\\fR...]"],
     description="""Adds an \\fBacronyms\\fR layer. A definition is a short form in parentheses after its long
form ("Commission on Science and Technology for Development (CSTD)") or the other way round
("RIPE NCC (Réseaux IP Européens Network Coordination Centre)"); the short form's letters are
aligned with the long form's words. Hyphens and digits ("CWG\\-Internet", "WTPF\\-13", "G\\-77"),
inner lowercase letters ("ccNSO"), plurals ("IXPs") and French and Spanish function words are
handled. Each definition has a \\fBconfidence\\fR in [0, 1].
.PP
By default acronyms that the text uses but never defines are listed too, once each, with
\\fB"long": null\\fR and \\fB"defined": false\\fR: a quick check for documents that should
spell out every acronym.""",
     examples=[("Definitions and undefined acronyms in a statement:", "caucus acronyms statement.txt"),
               ("Confident definitions only:", "caucus acronyms \\-\\-no\\-undefined \\-\\-min\\-confidence 0.7 report.txt | jq '.acronyms'"),
               ("Acronyms a corpus never defines:",
                "caucus read \\-r corpus/ | caucus acronyms | jq \\-c '.acronyms[] | select(.defined == false) | .short'")],
     fallback=["undefined", "no-undefined", "min-confidence"] + COMMON)

tool("turns",
     summary="split meeting transcripts into speaker turns and link speakers to governments",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fIDIR\\fR...]"],
     description="""Adds a \\fBturns\\fR layer to transcripts: who holds the floor, from where to where, for
whom they speak, in which language, and which parts are stage directions. The speaker label
(\\fB>> IRAN:\\fR, \\fBMr. Levitte (France):\\fR, \\fBThe delegate of Brazil said\\fR) is
kept as written, normalised, given a \\fBrole\\fR (chair, delegate, secretariat, moderator,
interpreter, questioner, unknown) and linked to the entity it stands for with the entity
dictionaries (\\fB"entity": "IRN"\\fR). "Speaking on behalf of the G\\-77" fills
\\fBon_behalf_of\\fR.
.PP
The format is detected per document; a document that is not a transcript (a single
"Mr President," opening, as in a General Debate speech, is not) gets no turns, but one speech
opening with its label ("Mr. X (Russian Federation):") is one. Text before the first speaker
belongs to no turn. UN labels wrapped over lines are read whole. "The President" and "The
Chair" are linked to the presiding member's government (from the cover's "President: Mr. Dang
(Viet Nam)", a note that a Vice\\-President took the Chair, or the chair's own words), with
role \\fBchair\\fR; the part spoken "in my capacity as the representative of" its country is
a turn of its own with role \\fBdelegate\\fR. Meeting records in PDF, DOCX or ODT are read as
\\fBcaucus\\-read\\fR(1) reads them.""",
     examples=[("Turns of a captioned session:", "caucus turns wtpf\\-day1.txt"),
               ("A directory of transcripts:", "caucus turns \\-r transcripts/ \\-\\-jobs 2 > turns.jsonl"),
               ("UN verbatim records, speaker and government:",
                "caucus turns \\-\\-format un\\-verbatim A\\-68\\-PV12.txt | jq \\-c '.turns[] | [.speaker, .entity]'"),
               ("How many speakers could be resolved:", "caucus read \\-r corpus/ | caucus turns \\-\\-summary > /dev/null"),
               ("A Security Council record straight from its PDF:", "caucus turns S_PV.8700_E.pdf | jq \\-r '.turns[] | [.role, .entity, .speaker] | @tsv'")],
     fallback=COMMON_DICT[:-1] + ["format", "summary", "help"])

tool("stances",
     summary="find who supports, opposes or proposes what, with the evidence",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]"],
     description="""Adds a \\fBstances\\fR layer: for each stance, the \\fBactor\\fR (an entity, or a collective
actor such as "many governments" with kind \\fBgroup\\fR), the \\fBpolarity\\fR
(\\fBsupport\\fR, \\fBoppose\\fR, \\fBneutral\\fR), the \\fBact\\fR (propose, call\\-for,
support, reject, urge, resist, ...), the \\fBtarget\\fR (its text, and the topic or entity
it links to), the evidence \\fBspan\\fR, the \\fBsentence\\fR index, the \\fBmodality\\fR
(\\fBasserted\\fR, \\fBnegated\\fR, \\fBhedged\\fR, \\fBreported\\fR) and a \\fBscore\\fR.
"Russia clearly calling for a single intergovernmental body" is Russia supporting
intergovernmental control; "some governments pushed back on the idea" is a group opposing it;
"The United States and Sweden" gives one stance per actor.
.PP
Stances need sentences and entities: when the record has no \\fBsentences\\fR or
\\fBentities\\fR layer they are computed and added, so \\fBcaucus stances report.txt\\fR works
alone. The cues (verbs and phrases with their polarity and act, negation and hedging words)
are a dictionary, \\fBcues.json\\fR, and the English words the rules steer by (forms of "be",
reporting verbs, role nouns, ...) another, \\fBenglish.json\\fR; extend either with
\\fB\\-\\-dict\\fR (a file of kind \\fBcue\\fR or \\fBwords\\fR). A cue added so works in every
path, the first\\-person speech of transcript turns included.""",
     examples=[("Stances in a report:", "caucus stances report.txt"),
               ("The same, as a pipeline:", "caucus segment report.txt | caucus entities | caucus stances"),
               ("Actor, polarity and topic:", "caucus stances \\-r corpus/ | jq \\-c '.stances[] | [.actor.id, .polarity, .target.topic]'"),
               ("Own cues, confident stances only:", "caucus stances \\-\\-dict my\\-cues.json \\-\\-min\\-score 0.5 minutes.jsonl")],
     fallback=["cues", "min-score", "speaker"] + COMMON_DICT)

tool("mentions",
     summary="flatten entities (or turns) to one row each: JSONL, TSV or CSV",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]"],
     description="""Writes one row per annotation instead of one record per document, for \\fBjq\\fR, Miller and
spreadsheets. With \\fB\\-\\-layer entities\\fR (the default) a row is an entity:
.PP
.RS 4
.nf
{"doc":"a.txt","kind":"government","id":"IRN","name":"Iran",
 "text":"IRAN","span":[115,119],"line":5,"column":4,"sentence":2}
.fi
.RE
.PP
\\fBline\\fR and \\fBcolumn\\fR are 1\\-based, columns in code points, so they match an editor;
\\fBsentence\\fR is the index of the sentence holding the mention. With \\fB\\-\\-layer turns\\fR a
row is a speaker turn: doc, speaker, normalized, role, entity, kind, span, line, column, bytes
and words. In TSV and CSV the span becomes two columns, \\fBstart\\fR and \\fBend\\fR, after a
header line. Missing layers are computed first.""",
     examples=[("Every mention in a report:", "caucus mentions report.txt"),
               ("Count mentions by id with Miller:", "caucus entities \\-r corpus/ | caucus mentions \\-\\-format tsv | mlr \\-\\-itsv \\-\\-opprint count \\-g id"),
               ("A spreadsheet:", "caucus mentions \\-\\-format csv corpus.jsonl > mentions.csv"),
               ("Speaker turns as a table:", "caucus turns transcript.txt | caucus mentions \\-\\-layer turns \\-\\-format tsv")],
     fallback=["format", "layer"] + COMMON_DICT)

tool("stats",
     summary="count entities, kinds, documents, actors, topics and polarities over a corpus",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]",
               "\\-\\-partial [\\fIOPTIONS\\fR] [\\fIFILE\\fR...] > \\fIpart.jsonl\\fR",
               "\\-\\-merge [\\fIOPTIONS\\fR] [\\fIPART\\fR...]"],
     description="""Counts over a whole corpus: documents and bytes, mentions per kind and per entity, documents
mentioning each entity, stances per actor, topic and polarity. Missing layers are computed.
.PP
\\fBstats\\fR is built for map/reduce: \\fB\\-\\-partial\\fR writes a mergeable partial result
for a slice of the corpus and \\fB\\-\\-merge\\fR combines partials, giving exactly what one
run over the whole corpus gives, so the same command runs under GNU parallel, Hadoop
Streaming or Spark. Keys are sorted: the output is deterministic.""",
     examples=[("Everything about a corpus:", "caucus stats corpus.jsonl"),
               ("The 20 most mentioned entities, as TSV:", "caucus stats \\-\\-by entity \\-\\-top 20 \\-\\-format tsv corpus.jsonl"),
               ("Actors and topics:", "caucus entities \\-r corpus/ | caucus stats \\-\\-by actor,topic"),
               ("Map/reduce with GNU parallel:",
                "parallel \\-\\-pipe \\-N 50 \\-\\-keep\\-order 'caucus entities | caucus stats \\-\\-partial' \\e\n    < corpus.jsonl | caucus stats \\-\\-merge")],
     fallback=["by", "format", "top", "partial", "merge"] + COMMON_DICT)

tool("matrix",
     summary="an actor by topic stance matrix (support, oppose and neutral counts) over a corpus",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]"],
     description="""Aggregates the stances of a corpus into a matrix of actors by topics: for each actor and
topic the number of supporting, opposing and neutral stances. Targets are topics, or entities
when the target is another actor's position. Stances (and the sentences and entities they
need) are computed for records that have none. The output is sorted, so it is
deterministic.""",
     examples=[("A corpus as a Markdown table:", "caucus matrix \\-r corpus/ \\-\\-format markdown"),
               ("From a stances pipeline, sorted by a count column:",
                "caucus stances \\-r corpus/ | caucus matrix \\-\\-format tsv | sort \\-t$'\\et' \\-k8nr"),
               ("Only confident, asserted stances:", "caucus matrix \\-\\-asserted\\-only \\-\\-min\\-score 0.6 minutes.jsonl")],
     fallback=["format", "unlinked", "asserted-only", "min-score"] + COMMON_DICT)

tool("graph",
     summary="co-mention and support/oppose networks as DOT, GraphML or JSON, with weights",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]"],
     description="""Builds a network from the annotations of a corpus. The \\fBcomention\\fR network links
entities mentioned in the same sentence (or document, with \\fB\\-\\-window document\\fR),
weighted by how often. The \\fBstance\\fR network links actors to what they support or oppose,
one edge per polarity, weighted by the number of stances. Nodes carry kind, id and name.
Missing layers are computed. The output is sorted, so it is deterministic.""",
     examples=[("Draw the co-mention network with Graphviz:", "caucus graph corpus.jsonl | dot \\-Tsvg > mentions.svg"),
               ("Document-level co-mentions, heavy edges only:", "caucus graph \\-\\-window document \\-\\-min\\-weight 3 corpus.jsonl"),
               ("The stance network for Gephi:", "caucus graph \\-\\-network stance \\-\\-format graphml corpus.jsonl > stances.graphml"),
               ("As JSON, from a pipeline:", "caucus segment \\-r corpus/ | caucus entities | caucus graph \\-\\-format json")],
     fallback=["network", "window", "format", "min-weight", "isolated"] + COMMON_DICT)

tool("report",
     summary="a self-contained HTML report with SVG charts, a stance heat map and evidence",
     synopsis=["[\\fIOPTIONS\\fR] [\\fIFILE\\fR...] > \\fIreport.html\\fR"],
     description="""Writes one self-contained HTML page for a corpus, for people who would rather look than
read: SVG bar charts of the most mentioned entities of each kind, a heat map of actors by
topics coloured by stance (support, oppose), and for each cell the evidence sentences. No
external scripts, styles or fonts are loaded. Missing layers are computed.
.PP
Document text in the report is data: it is escaped, so a \\fB<script>\\fR in a document
never runs.""",
     examples=[("A report of a corpus:", "caucus report \\-r corpus/ \\-o report.html"),
               ("From a pipeline:", "caucus segment \\-r corpus/ | caucus entities | caucus stances | caucus report > r.html"),
               ("A titled report with longer charts:", "caucus report \\-\\-title 'WCIT\\-12 coverage' \\-\\-top 25 news.jsonl \\-o wcit.html")],
     fallback=["output", "title", "top", "actors", "topics", "evidence"] + COMMON_DICT)

tool("check",
     summary="CI rules over a corpus, with findings as text, JSONL, SARIF or GitHub annotations",
     synopsis=["[\\fB\\-\\-rules\\fR \\fIFILE\\fR] [\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fIDIR\\fR...]"],
     description="""Runs the rules of a rules file over documents and reports findings with
\\fIFILE\\fR:\\fILINE\\fR:\\fICOL\\fR, a severity (\\fBerror\\fR, \\fBwarning\\fR,
\\fBsuggestion\\fR) and a message: for editors and standards bodies who want their
documents checked in CI (undefined acronyms, outdated names of bodies, forbidden phrases,
...). The rules file format is described in \\fBdocs/CHECK.md\\fR.
.PP
A baseline makes adoption gradual: \\fB\\-\\-write\\-baseline\\fR records today's findings and
\\fB\\-\\-baseline\\fR reports only new ones.""",
     examples=[("Check a directory:", "caucus check \\-\\-rules caucus\\-rules.json \\-r docs/"),
               ("For code scanning:", "caucus check \\-r docs/ \\-\\-format sarif > caucus.sarif"),
               ("In a GitHub workflow, failing on warnings:", "caucus check \\-r docs/ \\-\\-format github \\-\\-fail\\-on warning"),
               ("Record a baseline, then report only new findings:",
                "caucus check \\-r docs/ \\-\\-write\\-baseline baseline.jsonl \\-\\-fail\\-on none\ncaucus check \\-r docs/ \\-\\-baseline baseline.jsonl")],
     exit=""".TP
.B 0
No finding at or above the \\fB\\-\\-fail\\-on\\fR severity.
.TP
.B 1
Findings at or above the \\fB\\-\\-fail\\-on\\fR severity.
.TP
.B 2
Errors: a usage error, an unreadable rules file, input or baseline, or a bad record.
""",
     fallback=["rules", "format", "color", "fail-on", "baseline", "write-baseline"] + COMMON_DICT)

tool("dict",
     summary="list, validate, look up and explain the dictionaries",
     synopsis=["list [\\fB\\-\\-kind\\fR \\fIKIND\\fR]",
               "validate [\\fIFILE\\fR...]",
               "lookup \\fIPHRASE\\fR...",
               "explain \\fITEXT\\fR",
               "export \\fB\\-\\-phrases\\fR [\\fB\\-\\-kind\\fR \\fIKIND\\fR]"],
     description="""The entity dictionaries are data: JSON files, one per kind (\\fBgovernments.json\\fR,
\\fBbodies.json\\fR, \\fBevents.json\\fR, \\fBinstruments.json\\fR, \\fBpeople.json\\fR,
\\fBgroups.json\\fR, \\fBtopics.json\\fR) plus the stance cues (\\fBcues.json\\fR). Each entry
has an id, a canonical name, aliases (with their form: name, alias, demonym, local), and
where it applies a parent body, members, a role and validity dates. Their format is described
in \\fBdictionaries/README.md\\fR. Every subcommand takes \\fB\\-\\-dict\\fR \\fIFILE\\fR (add a
user dictionary) and \\fB\\-\\-dir\\fR \\fIDIR\\fR.
.TP
.B list
One JSON line per entry: kind, id, name, type, status, parent, aliases, source and the file
it was loaded from.
.TP
.B validate
Loads the dictionaries (and \\fIFILE\\fRs) and reports duplicate ids, aliases claimed by two
entries and empty aliases as \\fIFILE\\fR:\\fILINE\\fR: \\fImessage\\fR.
.TP
.B lookup
The entries that have \\fIPHRASE\\fR as a surface form, normalised as the matcher does.
.TP
.B explain
Runs the recognizer on \\fITEXT\\fR and shows which entry each match comes from and why.
.TP
.B export
With \\fB\\-\\-phrases\\fR, every surface form, one per line (to compare with other tools).""",
     examples=[("The ids of all bodies:", "caucus dict list \\-\\-kind body | jq \\-r .id"),
               ("Check a dictionary of your own:", "caucus dict validate my\\-dictionary.json"),
               ("What \"Russian Federation\" links to:", "caucus dict lookup \"Russian Federation\""),
               ("Why a text matches what it matches:", "caucus dict explain \"The U.S. delegation and the ITU’s Secretary\\-General\""),
               ("The phrases, for ripgrep:", "caucus dict export \\-\\-phrases > phrases.txt && rg \\-F \\-i \\-w \\-f phrases.txt corpus/")],
     exit=""".TP
.B 0
Success (\\fBvalidate\\fR: no problem found; \\fBlookup\\fR: every phrase found).
.TP
.B 2
A usage error, a dictionary that cannot be loaded, problems found by \\fBvalidate\\fR, or a
phrase \\fBlookup\\fR does not find.
""",
     fallback=["kind", "dict", "dir", "phrases", "help"])

tool("eval",
     summary="score entities and stances against a gold file: precision, recall and F1 per kind",
     synopsis=["\\fB\\-\\-gold\\fR \\fIGOLD.jsonl\\fR [\\fIOPTIONS\\fR] [\\fIFILE\\fR...]"],
     description="""Compares the annotations of the input records (or of the layers computed for them when they
have none) with a gold file, document by document (matched by \\fBid\\fR), and reports
precision, recall and F1 per kind and overall. An entity matches a gold entity with the same
kind and id and an overlapping span; a stance matches a gold stance with the same actor id and
polarity and an overlapping evidence span. The \\fBstances+target\\fR row also needs the
gold stance's target link when it has one: the same \\fBtarget.id\\fR (the predicted target's
entity) or the same \\fBtarget.topic\\fR. Matching is one-to-one, greedy in document order.
Layers a gold line does not list are not scored. The gold format is described in
\\fBdocs/EVAL.md\\fR.""",
     examples=[("Score the shipped pipeline on a document:", "caucus eval \\-\\-gold tests/gold/dev.jsonl ../shared/corpus/seed/wtpf\\-2013\\-cdt.txt"),
               ("Score stances computed earlier, as JSON:", "caucus stances \\-r corpus/ | caucus eval \\-\\-gold gold.jsonl \\-\\-format json")],
     fallback=["gold", "format"] + COMMON_DICT)


def roff_escape(s):
    s = s.replace("\\", "\\e").replace("-", "\\-")
    return s


def parse_help(text):
    """Returns (options: list of (short, long, has_arg, default, desc))."""
    opts = []
    in_opts = False
    cur = None
    for line in text.splitlines():
        if line.rstrip().endswith("options:") and not line.startswith(" "):
            in_opts = True
            continue
        if not in_opts:
            continue
        if not line.strip():
            in_opts = False
            continue
        m = re.match(r"^  (?:-(\w) \[ )?--([a-z0-9-]+)(?: \])?(?: arg(?: \(=([^)]*)\))?)?\s*(.*)$", line)
        if m:
            rest = line.split(m.group(2), 1)[1]
            if rest.startswith(" ]"):
                rest = rest[2:]
            has_arg = "optional" if rest.startswith(" [=arg") else rest.startswith(" arg")
            cur = [m.group(1), m.group(2), has_arg, m.group(3), m.group(4).strip()]
            opts.append(cur)
        elif cur is not None:
            cur[4] += ("" if cur[4].endswith(" ") else " ") + line.strip()
    return opts


def help_of(name):
    p = subprocess.run([CAUCUS, name, "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        return None
    return p.stdout.decode()


def option_item(tool, short, long, has_arg, default):
    meta, desc = TOOL_OPTS.get((tool, long), OPTS.get(long, (None, None)))
    if long == "format":
        meta, desc = "FORMAT", FORMAT_DESC.get(tool, "Output format.")
    if desc is None:
        print(f"WARNING: caucus-{tool}: no description for --{long}", file=sys.stderr)
        desc = "(undocumented)"
    if has_arg and not meta:
        meta = "VALUE"
    if not has_arg:
        meta = None
    head = ""
    if short:
        head = f"\\fB\\-{short}\\fR, "
    head += f"\\fB\\-\\-{roff_escape(long)}\\fR"
    if meta and has_arg == "optional":
        head += f"[=\\fI{meta}\\fR]"
    elif meta:
        head += f" \\fI{meta}\\fR"
    if default and default not in ("0", "auto") and long not in ("jobs",):
        pass
    return f".TP\n{head}\n{desc}\n"


def page(name, t, help_text):
    up = name.upper()
    out = [f'.TH CAUCUS-{up} 1 "{DATE}" "caucus {VERSION}" "caucus manual"',
           '.\\" Generated by docs/man/mkman.py from its text and `caucus ' + name + ' --help`;',
           '.\\" edit mkman.py and rerun it rather than this file.',
           ".SH NAME", f"caucus\\-{name} \\- {t['summary']}", ".SH SYNOPSIS"]
    for i, syn in enumerate(t["synopsis"]):
        if i:
            out.append(".br")
        out.append(f".B caucus {name}")
        out.append(syn)
    out.append(".br")
    out.append(f".B caucus\\-{name}")
    out.append("\\&...")
    out += [".SH DESCRIPTION", t["description"]]
    if name != "dict":
        out += [".PP", "Inputs are files, directories (with \\fB\\-r\\fR) or standard input (no "
                "\\fIFILE\\fR, or \\fB\\-\\fR): caucus JSON Lines records, or plain text, Markdown "
                "and HTML files, each read as one document as \\fBcaucus\\-read\\fR(1) does. " +
                ("Output is JSON Lines on standard output, one record per input document, in "
                 "input order; fields and layers this tool does not own are passed through "
                 "unchanged. " if name in ("read", "segment", "entities", "acronyms", "turns",
                                          "stances") else "") + SEE_FORMAT]
    out.append(".SH OPTIONS")
    if help_text:
        opts = parse_help(help_text)
    else:
        opts = []
        for long in t["fallback"]:
            short = {"recursive": "r", "jobs": "j", "help": "h"}.get(long)
            has_arg = OPTS.get(long, ("X",))[0] is not None or long == "format"
            opts.append([short, long, has_arg, None, ""])
    for short, long, has_arg, default, _ in opts:
        out.append(option_item(name, short, long, has_arg, default).rstrip("\n"))
    out.append(".SH EXAMPLES")
    for comment, cmd in t["examples"]:
        out += [".PP", comment, ".PP", ".RS 4", ".nf", cmd.replace("\n.", "\n\\&."), ".fi", ".RE"]
    out += [".SH EXIT STATUS", t.get("exit", COMMON_EXIT).rstrip("\n")]
    if name not in ("dict",):
        out += [".PP", "A closed output pipe (\\fB| head\\fR) ends the run quietly. Diagnostics "
                "go to standard error as \\fBcaucus " + name + ": \\fR\\fIFILE\\fR\\fB:\\fR\\fILINE\\fR\\fB: \\fR\\fImessage\\fR."]
    out += [".SH ENVIRONMENT", ".TP", ".B CAUCUS_DICT_DIR",
            "Directory of the shipped dictionaries, instead of \\fI<prefix>/share/caucus\\fR."]
    see = ["caucus(1)"] + [f"caucus\\-{o}(1)" for o in t.get("see", [])]
    out += [".SH SEE ALSO", ", ".join(f"\\fB{s.split('(')[0]}\\fR({s.split('(')[1]}" for s in see)]
    return "\n".join(out) + "\n"


def main_page(tools):
    out = [f'.TH CAUCUS 1 "{DATE}" "caucus {VERSION}" "caucus manual"',
           ".SH NAME", "caucus \\- mine Internet-governance policy text for governments, bodies and stances",
           ".SH SYNOPSIS",
           ".B caucus", "\\fITOOL\\fR [\\fIOPTIONS\\fR] [\\fIFILE\\fR...]", ".br",
           ".B caucus\\-\\fITOOL\\fR", "[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]", ".br",
           ".B caucus help", "[\\fITOOL\\fR]", ".br",
           ".B caucus", "\\fB\\-\\-version\\fR",
           ".SH DESCRIPTION",
           """\\fBcaucus\\fR mines policy text about Internet governance (news, official statements, UN
speeches, meeting reports and transcripts from the ITU, IGF, WSIS, ICANN and the UN) for who is
there and who said what: governments, bodies, events, instruments, people, stakeholder groups
and topics, and the stances actors take, with the evidence.
.PP
It is one executable with git-style subcommands (\\fItools\\fR). Each tool is a small filter
that reads documents and writes JSON Lines, one record per document, so tools pipe into one
another; \\fBcaucus\\-\\fR\\fITOOL\\fR (a symlink) behaves as \\fBcaucus \\fR\\fITOOL\\fR. Every
tool accepts plain text, Markdown and HTML files as well as caucus JSON Lines, and computes a
missing prerequisite layer itself: \\fBcaucus stances report.txt\\fR works alone, and
\\fBcaucus segment | caucus entities | caucus stances\\fR works too. A missing layer is
computed exactly as the tool that writes it would, so \\fBcaucus stats report.txt\\fR counts
what \\fBcaucus stances report.txt | caucus stats\\fR counts (and so for \\fBreport\\fR,
\\fBgraph\\fR, \\fBmatrix\\fR, \\fBcheck\\fR and \\fBeval\\fR).""",
           ".SH TOOLS"]
    for name in tools:
        out += [".TP", f"\\fBcaucus\\-{name}\\fR(1)", TOOLS[name]["summary"][0].upper() + TOOLS[name]["summary"][1:] + "."]
    out += [".SH THE RECORD FORMAT",
            """Each line is a JSON object: \\fBid\\fR, \\fBtext\\fR, \\fBmeta\\fR (\\fBpath\\fR,
\\fBformat\\fR, \\fBencoding\\fR, \\fBdate\\fR) and one member per layer: \\fBparagraphs\\fR,
\\fBsentences\\fR, \\fBtokens\\fR, \\fBentities\\fR, \\fBacronyms\\fR, \\fBturns\\fR,
\\fBstances\\fR. A \\fBspan\\fR is \\fB[begin, end]\\fR, the half-open range of UTF\\-8
\\fIbyte\\fR offsets of \\fBtext\\fR (never UTF\\-16 offsets). Entity \\fBkind\\fR is one of
government, body, event, instrument, person, group, topic; government ids are ISO 3166\\-1
alpha\\-3 codes (\\fBIRN\\fR), body ids the body's short name (\\fBITU\\fR), others slugs.
Tools pass through fields they do not understand, byte for byte. The full description is
\\fBdocs/FORMAT.md\\fR, with a JSON Schema in \\fBdocs/record.schema.json\\fR.""",
            ".SH COMMON OPTIONS",
            "The document filters take these options (see each tool's page for the rest):"]
    for long in ["recursive", "follow", "max-record-bytes", "strict", "jobs", "input-format", "encoding", "dict", "help"]:
        short = {"recursive": "r", "jobs": "j", "help": "h"}.get(long)
        out.append(option_item("caucus", short, long, OPTS[long][0] is not None, None).rstrip("\n"))
    out += [".TP", "\\fB\\-\\-version\\fR", "Print the version and exit (\\fBcaucus \\-\\-version\\fR)."]
    out += [".SH EXAMPLES"]
    ex = [("Entities and stances in a report:", "caucus stances report.txt"),
          ("A corpus through the pipeline on two threads:",
           "caucus read \\-r corpus/ | caucus segment | caucus entities \\-j 2 | caucus stances \\-j 2 > annotated.jsonl"),
          ("Who is mentioned, as a table:", "caucus mentions \\-\\-format tsv annotated.jsonl | cut \\-f3 | sort | uniq \\-c | sort \\-rn"),
          ("Corpus counts across machines with GNU parallel:",
           "parallel \\-\\-pipe \\-\\-sshlogin : 'caucus entities | caucus stats \\-\\-partial' \\e\n    < corpus.jsonl | caucus stats \\-\\-merge"),
          ("Check documents in CI:", "caucus check \\-r docs/ \\-\\-format github")]
    for comment, cmd in ex:
        out += [".PP", comment, ".PP", ".RS 4", ".nf", cmd, ".fi", ".RE"]
    out += [".SH EXIT STATUS", ".TP", ".B 0", "Success.", ".TP", ".B 1",
            "Findings (\\fBcaucus check\\fR only).", ".TP", ".B 2",
            """Errors. A bad record (malformed JSON, invalid UTF\\-8, a malformed layer) or an unreadable
input is reported on standard error as \\fBcaucus \\fR\\fITOOL\\fR\\fB: \\fR\\fIFILE\\fR\\fB:\\fR\\fILINE\\fR\\fB: \\fR\\fImessage\\fR
and skipped; the run goes on (unless \\fB\\-\\-strict\\fR) and exits 2. Every input document
gives one output record or one reported error, in input order.""",
            ".PP", "A closed output pipe ends the run quietly with status 0.",
            ".SH FILES", ".TP", ".I <prefix>/share/caucus/*.json",
            "The shipped dictionaries: entities of each kind and the stance cues. Found relative to the "
            "executable (\\fI../share/caucus\\fR), so an installed tree can be moved.",
            ".TP", ".I <prefix>/share/bash\\-completion/completions/caucus, <prefix>/share/zsh/site\\-functions/_caucus",
            "Shell completions for tool names and options.",
            ".SH ENVIRONMENT", ".TP", ".B CAUCUS_DICT_DIR",
            "Directory of the shipped dictionaries, instead of \\fI<prefix>/share/caucus\\fR.",
            ".SH SEE ALSO",
            ", ".join(f"\\fBcaucus\\-{n}\\fR(1)" for n in tools)]
    return "\n".join(out) + "\n"


MACROS = {"TH", "SH", "SS", "PP", "TP", "B", "I", "BR", "RS", "RE", "nf", "fi", "br", "IP", "\\\""}


def finish(text):
    lines = []
    for line in text.split("\n"):
        if line[:1] in (".", "'") and line[1:].split(" ")[0] not in MACROS:
            line = "\\&" + line
        line = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in line)
        lines.append(line)
    return "\n".join(lines)


import os
os.makedirs(OUT, exist_ok=True)
order = ["read", "segment", "entities", "acronyms", "turns", "stances", "mentions", "stats",
         "matrix", "graph", "report", "check", "dict", "eval"]
for n in order:
    t = TOOLS[n]
    t.setdefault("see", [o for o in {"read": ["segment"], "segment": ["read", "entities"],
        "entities": ["dict", "acronyms", "stances", "mentions"], "acronyms": ["entities", "check"],
        "turns": ["entities", "stances"], "stances": ["entities", "turns", "matrix"],
        "mentions": ["entities"], "stats": ["entities", "stances", "matrix"],
        "matrix": ["stances", "stats"], "graph": ["stats", "matrix"], "report": ["stats"],
        "check": ["acronyms"], "dict": ["entities"], "eval": ["entities", "stances"]}[n]])
    h = help_of(n)
    if h is None:
        print(f"note: caucus {n} --help not available; using the fallback options", file=sys.stderr)
    with open(os.path.join(OUT, f"caucus-{n}.1"), "w") as f:
        f.write(finish(page(n, t, h)))
with open(os.path.join(OUT, "caucus.1"), "w") as f:
    f.write(finish(main_page(order)))
