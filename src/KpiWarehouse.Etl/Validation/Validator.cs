using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using static KpiWarehouse.Etl.LoadDiagnostics;

namespace KpiWarehouse.Etl.Validation;

/// <summary>
/// Runs the contract's entity rules as set-based passes over <c>stg_&lt;entity&gt;</c> (typed by the reader, which
/// recorded the broken values in <c>q_all</c>), entity by entity in <see cref="RawSchema.Entities"/> order (every entity
/// after the ones it references), and leaves <c>valid_&lt;entity&gt;</c> (typed, accepted rows), <c>rejected_&lt;entity&gt;</c>
/// (the rows it took out) and <c>q_all</c> (every failure found, several per row possible). A row is judged by the
/// passes in order — values, entity rules, duplicate keys, references, MRR — and a pass only sees the rows all earlier
/// passes accepted, so a reference to a rejected row is a cascade.
/// </summary>
internal static class Validator
{
    public const string FailuresTable = "q_all";

    public static void CreateFailuresTable(DuckDBConnection connection) => Sql.Execute(connection,
        $"create or replace table {FailuresTable} (file varchar, row_id bigint, line_number bigint, ordinal integer, column_name varchar, rule varchar, message varchar)");

    /// <summary>Validates every entity; <paramref name="repeatsKeys"/> says whether an entity's rows (read and carried)
    /// may repeat a key, which the reader knows: when they do not, the duplicate-key pass has nothing to find.</summary>
    public static void Run(DuckDBConnection connection, Func<RawEntity, bool> repeatsKeys, IProgress<ProgressUpdate>? progress)
    {
        var done = 0;
        foreach (var entity in RawSchema.Entities)
        {
            progress?.Report(new ProgressUpdate("validate", done++, RawSchema.Entities.Count));
            var e = entity.Name;
            // The entity rules read every typed row (a row with a broken value may break them too); what no rule
            // rejects becomes ok_<entity> in place (the few rejected rows are moved out, not the accepted ones copied).
            if (Sql.Exists($"validation/{e}.sql"))
                Insert(connection, entity, 1000, Sql.File($"validation/{e}.sql"));
            Sql.Execute(connection, $"create or replace table rejected_{e} as select * from stg_{e} limit 0");
            Remove(connection, entity, $"stg_{e}", $"select row_id from {FailuresTable} where file = {Sql.Quote(entity.FileName)}");
            Sql.Execute(connection, $"alter table stg_{e} rename to ok_{e}");
            if (entity.Key.Count > 0 && repeatsKeys(entity))
                RejectDuplicates(connection, entity);
            var ordinal = 3000;
            foreach (var column in entity.Columns.Where(c => c.References is not null))
                RejectBrokenReferences(connection, entity, column, ordinal++);
            if (entity == RawSchema.SubscriptionEvents)
                while (Reject(connection, entity, 4000, Sql.File("validation/mrr_never_negative.sql")) > 0) { }
            Sql.Execute(connection, $"alter table ok_{e} rename to valid_{e}");
        }
        progress?.Report(new ProgressUpdate("validate", done, RawSchema.Entities.Count));
    }

    private static void RejectDuplicates(DuckDBConnection connection, RawEntity entity)
    {
        var key = string.Join(", ", entity.Key);
        var shown = string.Join(" || '|' || ", entity.Key.Select(k => $"cast({k} as varchar)"));
        Reject(connection, entity, 2000, $"""
            select row_id, line_number, {Sql.Quote(key)} as column_name, {Sql.Quote(DuplicateKey)} as rule,
                'duplicate key ' || {shown} || ' (first at line ' || cast(first_line as varchar) || ')' as message
            from (
                select row_id, line_number, {key},
                    row_number() over (partition by {key} order by row_id) as nth,
                    first_value(line_number) over (partition by {key} order by row_id) as first_line
                from ok_{entity.Name}
                semi join (select {key} from ok_{entity.Name} group by {key} having count(*) > 1) using ({key})
            )
            where nth > 1
            """);
    }

    // A self-reference (reps.manager_id, customers.referred_by_customer_id) is checked until nothing changes:
    // rejecting a row can break the rows that name it. A value no accepted row has as key is a rejected reference
    // when a rejected row has it (the first such row is named), else an unknown one.
    private static void RejectBrokenReferences(DuckDBConnection connection, RawEntity entity, RawColumn column, int ordinal)
    {
        var target = RawSchema.Find(column.References!)!;
        var self = target == entity;
        var key = target.Key[0];
        var accepted = self ? $"ok_{entity.Name}" : $"valid_{target.Name}";
        var c = column.Name;
        var query = $"""
            with missing as (
                select o.row_id, o.line_number, o.{c} as ref
                from ok_{entity.Name} as o
                anti join {accepted} as t on t.{key} = o.{c}
                where o.{c} is not null
            ),
            known as (
                select {key} as ref, min(line_number) as first_line
                from rejected_{target.Name}
                semi join missing on missing.ref = rejected_{target.Name}.{key}
                group by {key}
            )
            select m.row_id, m.line_number, {Sql.Quote(c)} as column_name,
                case when k.first_line is null then {Sql.Quote(UnknownReference)} else {Sql.Quote(RejectedReference)} end as rule,
                case when k.first_line is null
                    then {Sql.Quote($"{c} '")} || m.ref || {Sql.Quote($"' is not a {key} of {target.FileName}")}
                    else {Sql.Quote($"{c} '")} || m.ref || {Sql.Quote($"' names {target.FileName} line ")} || cast(k.first_line as varchar) || ', which is quarantined'
                end as message
            from missing as m
            left join known as k on k.ref = m.ref
            """;
        while (Reject(connection, entity, ordinal, query) > 0 && self) { }
    }

    // Records the failures <paramref name="query"/> returns and moves their rows from ok_<entity> to rejected_<entity>.
    private static int Reject(DuckDBConnection connection, RawEntity entity, int ordinal, string query)
    {
        var inserted = Insert(connection, entity, ordinal, query);
        if (inserted > 0)
            Remove(connection, entity, $"ok_{entity.Name}",
                $"select row_id from {FailuresTable} where file = {Sql.Quote(entity.FileName)} and ordinal = {ordinal}");
        return inserted;
    }

    private static void Remove(DuckDBConnection connection, RawEntity entity, string table, string rowIds) => Sql.Execute(connection, $"""
        insert into rejected_{entity.Name} select * from {table} where row_id in ({rowIds});
        delete from {table} where row_id in ({rowIds});
        """);

    private static int Insert(DuckDBConnection connection, RawEntity entity, int ordinalBase, string query)
    {
        var ordinal = ordinalBase == 0 ? "ordinal" : $"{ordinalBase}";
        return Sql.NonQuery(connection, $"""
            insert into {FailuresTable}
            select {Sql.Quote(entity.FileName)}, row_id, line_number, {ordinal}, column_name, rule, message
            from (
            {query}
            )
            """);
    }
}
