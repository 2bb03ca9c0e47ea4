using System.Collections.Immutable;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// The tokens of a text, always ending with <see cref="TokenKind.EndOfInput"/>. On a lexical error the
/// tokens stop where it is, the end token sits at the error's offset and <see cref="Error"/> says what.
/// </summary>
public sealed record LexResult(ImmutableArray<SyntaxToken> Tokens, DaxDiagnostic? Error);
