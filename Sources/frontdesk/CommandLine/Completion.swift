import FrontDeskOutput

/// Bash completion, made from the command table: command words, each command's options, and the
/// values of options that take a few. `frontdesk completion bash`; the install steps put it in place.
enum Completion {
    static func printBash() {
        Output.print(bash)
    }

    static var bash: String {
        var cases: [String] = []
        // What may follow the words typed so far: the next command words, or a command's options.
        var next: [String: [String]] = ["": CommandTable.firstWords]
        for c in CommandTable.commands where c.words.count > 1 {
            next[c.words[0], default: []].append(c.words[1])
        }
        for (path, words) in next.sorted(by: { $0.key < $1.key }) {
            let options = CommandTable.commands.first { $0.words.joined(separator: " ") == path }.map(optionWords) ?? []
            cases.append("            \"\(path)\") words=\"\((words + options).joined(separator: " "))\" ;;")
        }
        for c in CommandTable.commands where !next.keys.contains(c.words.joined(separator: " ")) {
            cases.append("            \"\(c.words.joined(separator: " "))\") words=\"\(optionWords(c).joined(separator: " "))\" ;;")
        }
        // The values of options that take a few, for the command they belong to (--status of a stay is not
        // --status of a complaint); the global ones wherever they are typed.
        var values: [String] = []
        for c in CommandTable.commands {
            for option in c.options where !option.choices.isEmpty {
                values.append("        \"\(c.words.joined(separator: " "))|--\(option.name)\") words=\"\(option.choices.joined(separator: " "))\" ;;")
            }
        }
        for option in CommandTable.global where !option.choices.isEmpty {
            values.append("        *\"|--\(option.name)\") words=\"\(option.choices.joined(separator: " "))\" ;;")
        }
        return """
            # bash completion for frontdesk, made by 'frontdesk completion bash'
            _frontdesk() {
                local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path="" word i words=""
                # The command words typed so far: the words before the cursor that are neither options nor their values.
                for ((i = 1; i < COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    case "$word" in
                        --*) ;;
                        *) [[ " \(valueOptions) " == *" ${COMP_WORDS[i-1]} "* ]] && continue
                           if [[ -z "$path" ]]; then path=$word; elif [[ "$path" != *" "* ]]; then path="$path $word"; fi ;;
                    esac
                done
                case "$path|$prev" in
            \(values.joined(separator: "\n"))
                esac
                if [[ -z "$words" ]]; then
                    case "$path" in
            \(cases.joined(separator: "\n"))
                    esac
                fi
                COMPREPLY=($(compgen -W "$words" -- "$cur"))
            }
            complete -F _frontdesk frontdesk
            """
    }

    static func optionWords(_ command: Command) -> [String] {
        (command.options + CommandTable.global).map { "--" + $0.name }
    }

    /// Options that take a value, so the value is not taken for a command word.
    static var valueOptions: String {
        Set((CommandTable.global + CommandTable.commands.flatMap(\.options)).filter { $0.value != nil }.map { "--" + $0.name })
            .sorted().joined(separator: " ")
    }
}
