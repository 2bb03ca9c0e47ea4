namespace KpiWarehouse.Query.Model;

/// <summary>A security role: its permission on the model and its row filters.</summary>
/// <param name="ModelPermission">TMSL <c>modelPermission</c> as written (<c>read</c>, <c>none</c>, <c>administrator</c>, …).</param>
public sealed record ModelRole(string Name, string ModelPermission, IReadOnlyList<TablePermission> TablePermissions);

/// <summary>A row filter: rows of <see cref="Table"/> for which <see cref="FilterExpression"/> is true stay visible.</summary>
public sealed record TablePermission(string Table, DaxFormula? FilterExpression);
