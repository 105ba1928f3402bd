# bash completion for caucus                                -*- shell-script -*-
#
# Installed as share/bash-completion/completions/caucus; or source it from
# ~/.bashrc. Completes tool names, then the options of the tool: those are
# read from `caucus TOOL --help` (once per tool and shell), so they follow
# the binary; a built-in list of the common options is the fallback.

_caucus_tools="read segment entities acronyms turns stances mentions stats matrix graph report check dict eval"
_caucus_common_opts="--recursive -r --follow --max-record-bytes --strict --jobs -j --input-format --encoding --dict --help -h --version"
_caucus_kinds="government body event instrument person group topic"
# dict --kinds also takes "block".

# Prints the long and short options `caucus TOOL --help` lists.
_caucus_tool_opts()
{
    local tool=$1 cache_var="_caucus_opts_${1//-/_}"
    if [[ -z ${!cache_var-} ]]; then
        local cmd=${COMP_WORDS[0]} help
        if [[ ${cmd##*/} == caucus-* ]]; then
            help=$("$cmd" --help 2>/dev/null) || help=
        else
            help=$("$cmd" "$tool" --help 2>/dev/null) || help=
        fi
        local opts
        opts=$(printf '%s\n' "$help" |
            sed -n 's/^ *\(-[a-zA-Z]\)\{0,1\}\( \[ \)\{0,1\}\(, \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\1 \4/p')
        [[ -n $opts ]] || opts=$_caucus_common_opts
        printf -v "$cache_var" '%s' "$opts"
    fi
    printf '%s\n' "${!cache_var}"
}

_caucus()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -n = || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    # caucus-NAME behaves as caucus NAME.
    local tool= i=1
    if [[ ${words[0]##*/} == caucus-* ]]; then
        tool=${words[0]##*/caucus-}
        tool=${tool#caucus-}
    else
        while (( i < cword )); do
            case ${words[i]} in
                -*) ;;
                *) tool=${words[i]}; break ;;
            esac
            (( i++ ))
        done
    fi

    if [[ -z $tool ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_caucus_tools help" -- "$cur"))
        fi
        return
    fi
    if [[ $tool == help ]]; then
        COMPREPLY=($(compgen -W "$_caucus_tools" -- "$cur"))
        return
    fi

    # Values of options.
    case $prev in
        --input-format)
            COMPREPLY=($(compgen -W "auto text markdown html pdf docx odt" -- "$cur")); return ;;
        --encoding)
            COMPREPLY=($(compgen -W "UTF-8 UTF-16LE UTF-16BE windows-1252 windows-1251 ISO-8859-1 ISO-8859-15 KOI8-R GB18030 Shift_JIS" -- "$cur")); return ;;
        -j|--jobs|--top|--min-score|--min-confidence|--min-weight|--max-record-bytes)
            return ;;
        --kinds|--kind)
            local prefix=${cur%,*}
            if [[ $cur == *,* ]]; then
                COMPREPLY=($(compgen -P "$prefix," -W "$_caucus_kinds" -- "${cur##*,}"))
            else
                COMPREPLY=($(compgen -W "$_caucus_kinds" -- "$cur"))
            fi
            return ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --network)
            COMPREPLY=($(compgen -W "comention stance" -- "$cur")); return ;;
        --layer)
            COMPREPLY=($(compgen -W "entities turns stances" -- "$cur")); return ;;
        --transcript-format)
            COMPREPLY=($(compgen -W "auto cart un-verbatim summary script parliament none" -- "$cur")); return ;;
        --window)
            COMPREPLY=($(compgen -W "sentence document" -- "$cur")); return ;;
        --by)
            COMPREPLY=($(compgen -W "corpus kind entity document actor topic polarity stance all" -- "$cur")); return ;;
        --fail-on)
            COMPREPLY=($(compgen -W "error warning suggestion none" -- "$cur")); return ;;
        -f|--format)
            case $tool in
                check) COMPREPLY=($(compgen -W "table jsonl sarif github" -- "$cur")) ;;
                entities|stances|turns) COMPREPLY=($(compgen -W "jsonl table" -- "$cur")) ;;
                mentions) COMPREPLY=($(compgen -W "jsonl tsv csv" -- "$cur")) ;;
                stats) COMPREPLY=($(compgen -W "jsonl tsv" -- "$cur")) ;;
                matrix) COMPREPLY=($(compgen -W "jsonl tsv markdown" -- "$cur")) ;;
                eval) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
                graph) COMPREPLY=($(compgen -W "dot graphml json" -- "$cur")) ;;
                *) COMPREPLY=() ;;
            esac
            return ;;
        --dict|--rules|--baseline|--write-baseline|--cues|-g|--gold|-o|--output)
            COMPREPLY=($(compgen -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_caucus_tool_opts "$tool")" -- "$cur"))
        return
    fi
    if [[ $tool == dict ]]; then
        local have_sub= j
        for (( j = i + 1; j < cword; j++ )); do
            [[ ${words[j]} != -* ]] && have_sub=1
        done
        if [[ -z $have_sub ]]; then
            COMPREPLY=($(compgen -W "list validate lookup explain export" -- "$cur"))
            return
        fi
    fi
    # Inputs: files and directories.
    COMPREPLY=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
}

complete -F _caucus caucus caucus-read caucus-segment caucus-entities caucus-acronyms \
    caucus-turns caucus-stances caucus-mentions caucus-stats caucus-matrix caucus-graph \
    caucus-report caucus-check caucus-dict caucus-eval
