namespace KpiWarehouse.Dax.Syntax;

/// <summary>Compares trees by shape and content, ignoring positions.</summary>
public static class SyntaxEquivalence
{
    /// <summary>True when both trees have the same node kinds, values and names in the same order.</summary>
    public static bool AreEquivalent(SyntaxNode first, SyntaxNode second) =>
        string.Equals(SyntaxDump.Write(first), SyntaxDump.Write(second), StringComparison.Ordinal);
}
