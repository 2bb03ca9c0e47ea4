using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// The outcome of parsing: the tree, or the diagnostics that prevented it (never both). The parser
/// stops at the first error, so a failure carries exactly one diagnostic.
/// </summary>
public sealed class ParseResult<T>
    where T : SyntaxNode
{
    private ParseResult(T? tree, ImmutableArray<DaxDiagnostic> diagnostics)
    {
        Tree = tree;
        Diagnostics = diagnostics;
    }

    /// <summary>The tree, or null on failure.</summary>
    public T? Tree { get; }

    /// <summary>Empty on success; on failure the diagnostic(s), with positions.</summary>
    public ImmutableArray<DaxDiagnostic> Diagnostics { get; }

    /// <summary>True when <see cref="Tree"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Tree))]
    public bool Success => Tree is not null;

    internal static ParseResult<T> Ok(T tree) => new(tree, []);

    internal static ParseResult<T> Fail(DaxDiagnostic diagnostic) => new(null, [diagnostic]);
}
