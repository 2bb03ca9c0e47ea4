using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// Finds a node deeper than a limit without recursing. The parser's own depth counter cannot see
/// long left-leaning operator chains (<c>1 + 1 + … + 1</c> is parsed by a loop), yet every later
/// recursive walk of such a tree goes one frame per level.
/// </summary>
internal static class DepthCheck
{
    /// <summary>The span of the first node found deeper than <paramref name="limit"/> levels, or null.</summary>
    public static TextSpan? FindTooDeep(SyntaxNode root, int limit)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                return node.Span;
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }
}
