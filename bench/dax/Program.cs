using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Query.Hosting;
using KpiWarehouse.Query.Model;
using KpiWarehouse.Tabular;

// Issue 8's benchmark: SUMMARIZECOLUMNS ( 'Date'[Year Month], 'Rep'[Rep Name], 10 catalog measures ) on a loaded
// warehouse, against DuckDB computing the same aggregates in SQL over the same generation, in the same run.
var warehouse = Arg("--warehouse") ?? throw new ArgumentException("--warehouse DIR (a folder 'kpiw load' wrote)");
var runs = int.Parse(Arg("--runs") ?? "5", CultureInfo.InvariantCulture);

var location = WarehouseLocation.Open(warehouse).Value;
var catalog = CatalogReader.ReadEmbedded().Value;
var bim = ModelGenerator.Generate(location, catalog).Value.First(f => f.Path.EndsWith("model.bim", StringComparison.Ordinal));
var load = Stopwatch.StartNew();
var host = DaxHost.Open(location, ModelReader.Read(bim.Content).Value).Value;
Console.WriteLine($"model loaded into the engine in {load.Elapsed.TotalSeconds:F2} s");

string[] measures = ["Revenue", "Orders", "Units Sold", "Gross Profit", "Deals Won", "Deals Lost", "Win Rate", "Won Revenue", "Opportunities Created", "Average Deal Size"];
var dax = "EVALUATE SUMMARIZECOLUMNS ( 'Date'[Year Month], 'Rep'[Rep Name], "
    + string.Join(", ", measures.Select((m, i) => $"\"m{i}\", [{m}]")) + " )";

var sql = """
    with sales as (
        select d.year_month, r.rep_name, sum(s.revenue_amount) as revenue, count(distinct s.order_id) as orders,
               sum(s.quantity) as units, sum(s.revenue_amount) - sum(s.cost_amount) as gross_profit
        from fct_sales s join dim_date d on d.date = s.order_date join dim_rep r using (rep_key)
        group by all),
    closed as (
        select d.year_month, r.rep_name, count(*) filter (where o.status = 'WON') as won,
               count(*) filter (where o.status = 'LOST') as lost, sum(o.amount) filter (where o.status = 'WON') as won_revenue
        from fct_opportunities o join dim_date d on d.date = o.closed_date join dim_rep r using (rep_key)
        group by all),
    created as (
        select d.year_month, r.rep_name, count(*) as created
        from fct_opportunities o join dim_date d on d.date = o.created_date join dim_rep r using (rep_key)
        group by all)
    select year_month, rep_name, revenue, orders, units, gross_profit, won, lost,
           won::double / nullif(coalesce(won, 0) + coalesce(lost, 0), 0) as win_rate, won_revenue,
           created, won_revenue::double / nullif(won, 0) as avg_deal_size
    from sales full join closed using (year_month, rep_name) full join created using (year_month, rep_name)
    """;

using var duck = new DuckDBConnection($"DataSource={Path.Combine(location.GenerationFolder, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
var useParquet = !File.Exists(Path.Combine(location.GenerationFolder, "warehouse.duckdb"));
using var memory = new DuckDBConnection("DataSource=:memory:");
var db = useParquet ? memory : duck;
db.Open();
if (useParquet)
{
    foreach (var table in new[] { "fct_sales", "fct_opportunities", "dim_date", "dim_rep" })
    {
        using var view = db.CreateCommand();
        var path = location.Resolve(location.Manifest.Table(table)!.Path);
        view.CommandText = $"create view {table} as select * from read_parquet('{path}/**/*.parquet', hive_partitioning = true)";
        view.ExecuteNonQuery();
    }
}

var daxTimes = new List<double>();
var sqlTimes = new List<double>();
int daxRows = 0, sqlRows = 0;
for (var run = 0; run < runs; run++)
{
    var watch = Stopwatch.StartNew();
    var result = host.Evaluate(dax);
    daxTimes.Add(watch.Elapsed.TotalSeconds);
    if (!result.IsSuccess)
        throw new InvalidOperationException(result.Error!.ToString());
    daxRows = result.Tables[0].Rows.Count;

    watch.Restart();
    using var command = db.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    sqlRows = 0;
    while (reader.Read())
        sqlRows++;
    sqlTimes.Add(watch.Elapsed.TotalSeconds);
    Console.WriteLine($"run {run + 1}: DAX {daxTimes[^1]:F3} s ({daxRows} rows), DuckDB {sqlTimes[^1]:F3} s ({sqlRows} rows)");
}

double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
Console.WriteLine($"median: DAX {Median(daxTimes):F3} s, DuckDB {Median(sqlTimes):F3} s ({(useParquet ? "over Parquet" : "warehouse.duckdb")}), ratio {Median(daxTimes) / Median(sqlTimes):F1}");

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
