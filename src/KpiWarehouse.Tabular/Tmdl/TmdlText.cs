using System.Text;

namespace KpiWarehouse.Tabular.Tmdl;

/// <summary>An indented TMDL text: tabs for depth, LF line ends, descriptions as <c>///</c> lines.</summary>
internal sealed class TmdlText
{
    private readonly StringBuilder _text = new();

    public TmdlText Line(int depth, string text, bool skipEmpty = false)
    {
        if (skipEmpty && text.Length == 0)
            return this;
        _text.Append('\t', depth).Append(text).Append('\n');
        return this;
    }

    public TmdlText Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>A <c>name: value</c> property, skipped when the value is null.</summary>
    public TmdlText Property(int depth, string name, string? value) =>
        value is null ? this : Line(depth, $"{name}: {Naming.Tmdl.Value(value)}");

    /// <summary>A flag property (written bare, e.g. <c>isHidden</c>) when set.</summary>
    public TmdlText Flag(int depth, string name, bool value) => value ? Line(depth, name) : this;

    /// <summary>The <c>///</c> lines of a description, before the object they describe.</summary>
    public TmdlText Description(int depth, string? description)
    {
        if (string.IsNullOrEmpty(description))
            return this;
        foreach (var line in SplitLines(description))
            Line(depth, line.Length == 0 ? "///" : "/// " + line);
        return this;
    }

    /// <summary>
    /// <c>head = expression</c>: on the same line when the expression is one line, otherwise on the following
    /// lines, indented to <paramref name="bodyDepth"/>.
    /// </summary>
    public TmdlText Expression(int depth, string head, string expression, int bodyDepth)
    {
        var lines = SplitLines(expression);
        if (lines.Length == 1 && lines[0].Trim().Length > 0 && !lines[0].StartsWith(' '))
            return Line(depth, $"{head} = {lines[0]}");
        Line(depth, head + " =");
        foreach (var line in lines)
            Line(bodyDepth, line);
        return this;
    }

    /// <summary>A text property whose value may span lines (a translated description): <c>name = ```…```</c> when it does.</summary>
    public TmdlText Text(int depth, string name, string? value)
    {
        if (value is null)
            return this;
        if (!value.Contains('\n') && !value.Contains('\r'))
            return Property(depth, name, value);
        Line(depth, name + " = ```");
        foreach (var line in SplitLines(value))
            Line(depth + 1, line);
        return Line(depth + 1, "```");
    }

    public override string ToString() => _text.ToString();

    private static string[] SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
