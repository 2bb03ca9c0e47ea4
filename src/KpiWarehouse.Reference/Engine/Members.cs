using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference.Engine;

/// <summary>The four dimensions built from the accepted rows, with the attribute names of model-contract.md.</summary>
internal sealed class Members
{
    public Members(RawDataSet data)
    {
        var customers = data.Customers;
        Customer = new MemberTable(Dimension.Customer, customers.Select(c => c.CustomerId).ToList(), new()
        {
            ["Customer Id"] = i => customers[i].CustomerId,
            ["Customer Name"] = i => customers[i].CustomerName,
            ["Segment"] = i => customers[i].Segment,
            ["Industry"] = i => customers[i].Industry,
            ["Country"] = i => customers[i].Country,
            ["Region"] = i => customers[i].Region,
            ["City"] = i => customers[i].City,
        });
        var reps = data.Reps;
        var repNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rep in reps)
            repNames.TryAdd(rep.RepId, rep.RepName);
        Rep = new MemberTable(Dimension.Rep, reps.Select(r => r.RepId).ToList(), new()
        {
            ["Rep Id"] = i => reps[i].RepId,
            ["Rep Name"] = i => reps[i].RepName,
            ["Role"] = i => reps[i].Role,
            ["Team"] = i => reps[i].Team,
            ["Region"] = i => reps[i].Region,
            ["Manager"] = i => reps[i].ManagerId is { } m && repNames.TryGetValue(m, out var name) ? name : null,
            ["Email"] = i => reps[i].Email,
        });
        var products = data.Products;
        Product = new MemberTable(Dimension.Product, products.Select(p => p.ProductId).ToList(), new()
        {
            ["Product Id"] = i => products[i].ProductId,
            ["Product Name"] = i => products[i].ProductName,
            ["Product Line"] = i => products[i].ProductLine,
            ["Category"] = i => products[i].Category,
        });
        var channels = data.Leads.Select(l => ChannelCode(l.Source))
            .Concat(data.Spend.Select(s => ChannelCode(s.Channel)))
            .Concat(data.Customers.Select(c => ChannelCode(c.AcquisitionChannel)))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Channel = new MemberTable(Dimension.Channel, channels, new() { ["Channel"] = i => channels[i] });
    }

    public MemberTable Customer { get; }
    public MemberTable Rep { get; }
    public MemberTable Product { get; }
    public MemberTable Channel { get; }

    public MemberTable Of(Dimension dimension) => dimension switch
    {
        Dimension.Customer => Customer,
        Dimension.Rep => Rep,
        Dimension.Product => Product,
        _ => Channel,
    };

    /// <summary>The Channel dimension's code: trimmed, lower case; empty = no channel.</summary>
    public static string? ChannelCode(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant();

    public int ChannelOf(string? raw) => Channel.Find(ChannelCode(raw));
}
