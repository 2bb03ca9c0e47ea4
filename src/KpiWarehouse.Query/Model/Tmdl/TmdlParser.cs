using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Query.Model.Tmdl;

/// <summary>
/// Reads the structure of a TMDL file (https://learn.microsoft.com/analysis-services/tmdl/tmdl-overview):
/// one declaration or property per line, nesting by indentation (a tab, or four spaces, per level),
/// <c>///</c> descriptions, and multi-line expressions indented below the line that ends in <c>=</c>
/// (or fenced in <c>```</c>). It knows the object keywords, not their properties: mapping is the caller's.
/// </summary>
internal static class TmdlParser
{
    private static readonly HashSet<string> ObjectTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "database", "model", "table", "column", "measure", "partition", "kpi", "calculationGroup", "calculationItem",
        "hierarchy", "level", "annotation", "extendedProperty", "relationship", "role", "tablePermission",
        "columnPermission", "member", "expression", "culture", "cultureInfo", "translations", "linguisticMetadata", "translation", "perspective",
        "perspectiveTable", "perspectiveColumn", "perspectiveMeasure", "perspectiveHierarchy", "queryGroup", "ref",
        "refreshPolicy", "dataSource", "variation", "changedProperty", "calculationExpression", "dataAccessOptions",
        "detailRowsDefinition", "alternateOf", "function",
    };

    /// <summary>The top-level objects of <paramref name="text"/>, or the first line it cannot read (KPIW-Q108).</summary>
    public static Outcome<List<TmdlNode>> Parse(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var roots = new List<TmdlNode>();
        var open = new Stack<(int Depth, TmdlNode Node)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var (depth, content) = Indentation(lines[i]);
            if (content.Length == 0 || content.StartsWith("///", StringComparison.Ordinal))
            {
                continue;
            }

            while (open.Count > 0 && open.Peek().Depth >= depth)
            {
                open.Pop();
            }

            var parent = open.Count > 0 ? open.Peek().Node : null;
            var lineNumber = i + 1;
            var declaration = ReadDeclaration(content, file, lineNumber);
            if (declaration.Error is { } error)
            {
                return error;
            }

            var (keyword, name, hasEquals, rest, isObject) = declaration.Value;
            // Expression lines sit deeper than the content of the line's object (an object's own content
            // is one level in, so its expression is two levels in; a property's is one level in).
            var value = hasEquals ? TmdlExpressions.Read(lines, ref i, rest, depth + (isObject ? 1 : 0)) : rest;
            if (isObject)
            {
                var node = new TmdlNode(keyword, name, value, file, lineNumber);
                (parent?.Children ?? roots).Add(node);
                open.Push((depth, node));
            }
            else if (parent is null)
            {
                return ModelDiagnostics.BadTmdl($"{file}:{lineNumber}", $"the property '{keyword}' belongs to no object");
            }
            else
            {
                parent.Properties[keyword] = value ?? "true";
            }
        }

        return Outcome<List<TmdlNode>>.Ok(roots);
    }

    private static (int Depth, string Content) Indentation(string line)
    {
        var depth = 0;
        var at = 0;
        while (at < line.Length)
        {
            if (line[at] == '\t')
            {
                depth++;
                at++;
            }
            else if (string.CompareOrdinal(line, at, "    ", 0, 4) == 0)
            {
                depth++;
                at += 4;
            }
            else
            {
                break;
            }
        }

        return (depth, line[at..].TrimEnd());
    }

    private static Outcome<Declaration> ReadDeclaration(
        string content, string file, int line)
    {
        var end = 0;
        while (end < content.Length && (char.IsLetterOrDigit(content[end]) || content[end] == '_'))
        {
            end++;
        }

        var keyword = content[..end];
        var rest = content[end..].TrimStart();
        if (keyword.Length == 0)
        {
            return ModelDiagnostics.BadTmdl($"{file}:{line}", $"expected a keyword or property name, found '{Shorten(content)}'");
        }

        if (end < content.Length && content[end] == ':')
        {
            return Outcome<Declaration>.Ok(new(keyword, null, false, TmdlNames.Unquote(content[(end + 1)..].Trim()), false));
        }

        if (!ObjectTypes.Contains(keyword))
        {
            return rest.Length == 0 ? Outcome<Declaration>.Ok(new(keyword, null, false, null, false))
                : rest[0] == '=' ? Outcome<Declaration>.Ok(new(keyword, null, true, rest[1..].Trim(), false))
                : ModelDiagnostics.BadTmdl($"{file}:{line}", $"'{keyword}' is neither an object type nor followed by ':' or '='");
        }

        var name = TmdlNames.ReadName(rest, out var afterName);
        var remainder = rest[afterName..].TrimStart();
        if (remainder.Length > 0 && remainder[0] != '=')
        {
            return ModelDiagnostics.BadTmdl($"{file}:{line}", $"expected '=' or the end of the line after {keyword} {name}, found '{Shorten(remainder)}'");
        }

        return Outcome<Declaration>.Ok(new(keyword, name, remainder.Length > 0, remainder.Length > 0 ? remainder[1..].Trim() : null, true));
    }

    private sealed record Declaration(string Keyword, string? Name, bool HasEquals, string? Text, bool IsObject);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
