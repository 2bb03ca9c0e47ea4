using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of customers.csv.</summary>
public sealed record RawCustomer(
    string CustomerId, string CustomerName, string Segment, string? Industry, string Country, string Region,
    string? City, DateOnly CreatedDate, string? ReferredByCustomerId, string? AcquisitionChannel)
{
    internal static RawCustomer From(ParsedRow r) => new(
        r.RequiredText("customer_id"), r.RequiredText("customer_name"), r.RequiredText("segment"), r.Text("industry"),
        r.RequiredText("country"), r.RequiredText("region"), r.Text("city"), r.RequiredDate("created_date"),
        r.Text("referred_by_customer_id"), r.Text("acquisition_channel"));
}
