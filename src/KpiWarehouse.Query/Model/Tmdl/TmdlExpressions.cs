namespace KpiWarehouse.Query.Model.Tmdl;

/// <summary>The text after <c>=</c>: the rest of the line, the deeper-indented lines below it, or a ``` fence.</summary>
internal static class TmdlExpressions
{
    /// <summary>
    /// Reads the expression that starts with <paramref name="first"/> on line <paramref name="index"/>, moving
    /// <paramref name="index"/> to its last line. Lines below belong to it while they are blank or indented
    /// deeper than <paramref name="contentDepth"/>; their common indentation is removed.
    /// </summary>
    public static string Read(string[] lines, ref int index, string? first, int contentDepth)
    {
        if (first == "```")
        {
            return Fenced(lines, ref index);
        }

        var body = new List<string>();
        var last = index;
        for (var i = index + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (Depth(lines[i]) <= contentDepth)
            {
                break;
            }

            last = i;
        }

        for (var i = index + 1; i <= last; i++)
        {
            body.Add(lines[i].TrimEnd());
        }

        index = last;
        var dedented = Dedent(body);
        return string.IsNullOrEmpty(first) ? dedented : body.Count == 0 ? first : first + "\n" + dedented;
    }

    private static string Fenced(string[] lines, ref int index)
    {
        var body = new List<string>();
        var i = index + 1;
        while (i < lines.Length && lines[i].Trim() != "```")
        {
            body.Add(lines[i].TrimEnd());
            i++;
        }

        index = Math.Min(i, lines.Length - 1);
        return Dedent(body);
    }

    private static int Depth(string line)
    {
        var depth = 0;
        for (var at = 0; at < line.Length;)
        {
            if (line[at] == '\t')
            {
                (depth, at) = (depth + 1, at + 1);
            }
            else if (string.CompareOrdinal(line, at, "    ", 0, 4) == 0)
            {
                (depth, at) = (depth + 1, at + 4);
            }
            else
            {
                break;
            }
        }

        return depth;
    }

    private static string Dedent(List<string> body)
    {
        var indented = body.Where(line => line.Length > 0).ToList();
        if (indented.Count == 0)
        {
            return "";
        }

        var common = indented.Min(line => line.Length - line.TrimStart('\t').Length);
        return string.Join("\n", body.Select(line => line.Length >= common ? line[common..] : "")).TrimEnd('\n');
    }
}
