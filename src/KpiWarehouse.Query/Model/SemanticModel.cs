namespace KpiWarehouse.Query.Model;

/// <summary>
/// What the DAX host needs of a tabular model (read from a TMSL model.bim by <see cref="ModelReader"/>):
/// tables with their columns, measures and Parquet source, relationships, roles, parameters. Lists
/// keep the order of the file; names compare case-insensitively, as in the tabular engine.
/// </summary>
public sealed record SemanticModel(
    string Name,
    int CompatibilityLevel,
    string? Culture,
    IReadOnlyList<ModelTable> Tables,
    IReadOnlyList<ModelRelationship> Relationships,
    IReadOnlyList<ModelRole> Roles,
    IReadOnlyList<ModelParameter> Parameters)
{
    /// <summary>The table named <paramref name="name"/>, or null.</summary>
    public ModelTable? FindTable(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every measure of every table, in file order.</summary>
    public IEnumerable<ModelMeasure> Measures => Tables.SelectMany(t => t.Measures);

    /// <summary>The measure named <paramref name="name"/> in any table (measure names are unique in a model), or null.</summary>
    public ModelMeasure? FindMeasure(string name) =>
        Measures.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every DAX formula of the model with a description of its owner (<c>measure 'KPI'[Revenue]</c>).</summary>
    public IEnumerable<(string Owner, DaxFormula Formula)> Formulas() => ModelFormulas.Of(this);
}

/// <summary>A named M expression of the model that is a parameter (<c>"…" meta [IsParameterQuery=true, …]</c>).</summary>
/// <param name="Name">The parameter name (<c>Warehouse Folder</c>).</param>
/// <param name="Value">The text value when the parameter is a text literal, else null.</param>
/// <param name="Expression">The M expression as written.</param>
public sealed record ModelParameter(string Name, string? Value, string Expression);
