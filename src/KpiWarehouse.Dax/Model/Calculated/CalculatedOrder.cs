using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// The order calculated objects are computed in: each after the calculated columns and tables it
/// refers to, directly or through measures (SQLBI "Understanding circular dependencies": the engine
/// builds a dependency graph and computes each object after those it depends on; a loop is the error
/// "A circular dependency was detected"). The edges:
/// <list type="bullet">
/// <item><c>'T'[C]</c>, or <c>[C]</c> inside a column of T, on the calculated column C of T;</item>
/// <item>a table name on a calculated table; inside a calculated table, also on the table's calculated columns (a copied table has them);</item>
/// <item>a measure reference on what the measure refers to;</item>
/// <item>CALCULATE, CALCULATETABLE or a measure reference inside a calculated column (context transition filters
/// every column of the row) on the calculated columns of the same table defined before it, unless they
/// depend on it. Power BI makes it depend on every column of the table, which is a loop as soon as another
/// column uses it unless the table has a row identifier; leaving the later or dependent columns out of the
/// transition gives the same rows whenever a column identifies the row.</item>
/// </list>
/// </summary>
internal static class CalculatedOrder
{
    /// <summary>A dependency; a soft one (context transition) is dropped when it would close a loop.</summary>
    private sealed record Edge(int Target, TextSpan Span, bool Soft = false);

    /// <summary>
    /// The items' indexes in computing order; <paramref name="dependencies"/> gets each item's direct dependencies.
    /// A name in <paramref name="clashes"/> (an item duplicating an existing table or column) means the existing one.
    /// </summary>
    public static List<int> Sort(IReadOnlyList<CalculatedSpec> items, IReadOnlyList<MeasureSpec> measures, IReadOnlyList<Expression?> syntax,
        IReadOnlySet<int> clashes, List<DaxDiagnostic> errors, HashSet<int> failed, out IReadOnlyList<int>[] dependencies)
    {
        var edges = new List<Edge>[items.Count];
        var measureSyntax = new Dictionary<string, Expression?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            edges[i] = [];
            if (syntax[i] is { } tree) Collect(i, tree, edges[i], [], measures, measureSyntax, items);
        }
        foreach (var list in edges) list.RemoveAll(e => clashes.Contains(e.Target));
        for (var i = 0; i < items.Count; i++)
            foreach (var soft in edges[i].Where(e => e.Soft).ToList())
            {
                edges[i].Remove(soft);
                if (!Reaches(soft.Target, i, edges)) edges[i].Add(soft);
            }
        var order = new List<int>();
        var state = new int[items.Count]; // 0 new, 1 on the path, 2 done
        var path = new List<(int Item, TextSpan Span)>();
        for (var i = 0; i < items.Count; i++) Visit(i, default);
        dependencies = edges.Select(list => (IReadOnlyList<int>)list.Select(e => e.Target).Distinct().ToList()).ToArray();
        return order;

        void Visit(int i, TextSpan via)
        {
            if (state[i] == 2) return;
            if (state[i] == 1)
            {
                var start = path.FindIndex(p => p.Item == i);
                var cycle = path.Skip(start).Select(p => items[p.Item].Display).Append(items[i].Display);
                var at = start + 1 < path.Count ? path[start + 1].Span : via;
                errors.Add(new(EvaluationDiagnostics.InvalidModel,
                    $"{items[i].Owner}: circular dependency: {string.Join(" -> ", cycle)}.", Located(at, items[i])));
                foreach (var p in path.Skip(start)) failed.Add(p.Item);
                return;
            }
            state[i] = 1;
            path.Add((i, via));
            foreach (var e in edges[i]) Visit(e.Target, e.Span);
            path.RemoveAt(path.Count - 1);
            state[i] = 2;
            order.Add(i);
        }
    }

    private static bool Reaches(int from, int to, List<Edge>[] edges)
    {
        var seen = new HashSet<int>();
        var pending = new Stack<int>([from]);
        while (pending.Count > 0)
        {
            var i = pending.Pop();
            if (i == to) return true;
            if (seen.Add(i)) foreach (var e in edges[i]) pending.Push(e.Target);
        }
        return false;
    }

    private static TextSpan? Located(TextSpan span, CalculatedSpec item) => span.Line > 0 ? span : item.Span;

    private static void Collect(int owner, SyntaxNode node, List<Edge> edges, HashSet<string> seenMeasures, IReadOnlyList<MeasureSpec> measures,
        Dictionary<string, Expression?> measureSyntax, IReadOnlyList<CalculatedSpec> items, TextSpan? via = null)
    {
        var self = items[owner];
        var at = via ?? node.Span;
        switch (node)
        {
            case ColumnReference c:
                var table = c.Table ?? (self.IsTable || via is not null ? null : self.Table);
                var column = table is null ? -1 : Find(items, table, c.Name);
                if (column >= 0) edges.Add(new(column, at));
                if (c.Table is not null && FindTable(items, c.Table) is var t && t >= 0) edges.Add(new(t, at));
                var measure = measures.FirstOrDefault(m => string.Equals(m.Name, c.Name, StringComparison.OrdinalIgnoreCase));
                if (column < 0 && measure is not null)
                {
                    if (via is null) ContextTransition(owner, edges, items, at);
                    if (seenMeasures.Add(measure.Name) && MeasureSyntax(measure, measureSyntax) is { } body)
                        Collect(owner, body, edges, seenMeasures, measures, measureSyntax, items, at);
                }
                break;
            case NameReference n:
                var named = FindTable(items, n.Name);
                if (named >= 0) edges.Add(new(named, at));
                if (self.IsTable)
                    for (var i = 0; i < items.Count; i++)
                        if (!items[i].IsTable && string.Equals(items[i].Table, n.Name, StringComparison.OrdinalIgnoreCase)) edges.Add(new(i, at));
                break;
            case FunctionCall f when via is null && f.Name.ToUpperInvariant() is "CALCULATE" or "CALCULATETABLE":
                ContextTransition(owner, edges, items, f.NameSpan);
                break;
        }
        foreach (var child in node.ChildNodes())
            Collect(owner, child, edges, seenMeasures, measures, measureSyntax, items, via);
    }

    private static void ContextTransition(int owner, List<Edge> edges, IReadOnlyList<CalculatedSpec> items, TextSpan at)
    {
        if (items[owner].IsTable) return;
        for (var i = 0; i < owner; i++)
            if (!items[i].IsTable && string.Equals(items[i].Table, items[owner].Table, StringComparison.OrdinalIgnoreCase)) edges.Add(new(i, at, Soft: true));
    }

    private static Expression? MeasureSyntax(MeasureSpec m, Dictionary<string, Expression?> cache)
    {
        if (cache.TryGetValue(m.Name, out var known)) return known;
        var parsed = DaxParser.ParseExpression(m.Expression);
        return cache[m.Name] = parsed.Success ? parsed.Tree : null;
    }

    private static int Find(IReadOnlyList<CalculatedSpec> items, string table, string column)
    {
        for (var i = 0; i < items.Count; i++)
            if (!items[i].IsTable && string.Equals(items[i].Table, table, StringComparison.OrdinalIgnoreCase)
                && string.Equals(items[i].Column, column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static int FindTable(IReadOnlyList<CalculatedSpec> items, string table)
    {
        for (var i = 0; i < items.Count; i++)
            if (items[i].IsTable && string.Equals(items[i].Table, table, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
