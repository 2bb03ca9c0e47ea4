namespace KpiWarehouse.Sample.Tests.Rules;

public enum Kind { Text, Code, Date, Timestamp, Decimal, Int, Bool }

/// <summary>A column as raw-contract.md states it.</summary>
public sealed record Col(string Name, Kind Kind, bool Required = false, string[]? Codes = null, string? Ref = null,
    decimal? Min = null, decimal? Max = null, bool MinExclusive = false, string? NotBefore = null);

/// <summary>An entity as raw-contract.md states it.</summary>
public sealed record Entity(string Name, string[] Key, Col[] Columns);

/// <summary>
/// shared/spec/raw-contract.md typed out again for the tests, on purpose not read from RawSchema: the
/// generator's output and the contract-as-data are both checked against the text.
/// </summary>
public static class ContractText
{
    private const Kind T = Kind.Text, C = Kind.Code, D = Kind.Date, Ts = Kind.Timestamp, Dec = Kind.Decimal, I = Kind.Int, B = Kind.Bool;

    public static readonly Entity[] Entities =
    [
        new("reps", ["rep_id"],
        [
            new("rep_id", T, true), new("rep_name", T, true), new("email", T),
            new("role", C, true, ["SDR", "BDM", "AM", "MANAGER"]), new("team", T, true), new("region", T, true),
            new("manager_id", T, Ref: "reps"), new("hire_date", D, true), new("leave_date", D, NotBefore: "hire_date"),
        ]),
        new("customers", ["customer_id"],
        [
            new("customer_id", T, true), new("customer_name", T, true), new("segment", C, true, ["SMB", "MID", "ENT"]),
            new("industry", T), new("country", T, true), new("region", T, true), new("city", T),
            new("created_date", D, true), new("referred_by_customer_id", T, Ref: "customers"), new("acquisition_channel", T),
        ]),
        new("products", ["product_id"],
        [
            new("product_id", T, true), new("product_name", T, true), new("product_line", T, true), new("category", T),
            new("list_price", Dec, true, Min: 0), new("unit_cost", Dec, true, Min: 0), new("is_recurring", B, true),
        ]),
        new("stages", ["stage"],
        [
            new("stage", T, true), new("sort_order", I, true), new("probability", Dec, true, Min: 0, Max: 1),
        ]),
        new("leads", ["lead_id"],
        [
            new("lead_id", T, true), new("created_at", Ts, true), new("source", T, true),
            new("direction", C, true, ["INBOUND", "OUTBOUND"]), new("owner_rep_id", T, Ref: "reps"), new("country", T),
            new("mql_at", Ts, NotBefore: "created_at"), new("sql_at", Ts, NotBefore: "created_at"),
            new("first_response_at", Ts, NotBefore: "created_at"), new("disqualified_at", Ts),
            new("converted_at", Ts, NotBefore: "created_at"), new("customer_id", T, Ref: "customers"),
        ]),
        new("activities", ["activity_id"],
        [
            new("activity_id", T, true), new("rep_id", T, true, Ref: "reps"), new("occurred_at", Ts, true),
            new("type", C, true, ["CALL", "EMAIL", "SOCIAL"]), new("direction", C, true, ["OUTBOUND", "INBOUND"]),
            new("lead_id", T, Ref: "leads"), new("customer_id", T, Ref: "customers"), new("opportunity_id", T, Ref: "opportunities"),
            new("outcome", C, Codes: ["CONNECTED", "NO_ANSWER", "VOICEMAIL", "MEETING_BOOKED", "POSITIVE_REPLY", "NEGATIVE_REPLY", "NO_REPLY"]),
        ]),
        new("meetings", ["meeting_id"],
        [
            new("meeting_id", T, true), new("rep_id", T, true, Ref: "reps"), new("lead_id", T, Ref: "leads"),
            new("customer_id", T, Ref: "customers"), new("invited_at", Ts, true), new("scheduled_at", Ts, true),
            new("status", C, true, ["ACCEPTED", "DECLINED", "PENDING", "CANCELLED"]), new("held", B, true),
            new("opportunity_id", T, Ref: "opportunities"),
        ]),
        new("opportunities", ["opportunity_id"],
        [
            new("opportunity_id", T, true), new("customer_id", T, Ref: "customers"), new("lead_id", T, Ref: "leads"),
            new("owner_rep_id", T, true, Ref: "reps"), new("product_id", T, Ref: "products"),
            new("type", C, true, ["NEW_BUSINESS", "UPSELL", "CROSS_SELL", "RENEWAL"]), new("created_at", D, true),
            new("amount", Dec, Min: 0), new("stage", T, true, Ref: "stages"), new("status", C, true, ["OPEN", "WON", "LOST"]),
            new("closed_at", D, NotBefore: "created_at"), new("lost_reason", T),
        ]),
        new("opportunity_stages", ["opportunity_id", "stage", "entered_at"],
        [
            new("opportunity_id", T, true, Ref: "opportunities"), new("stage", T, true, Ref: "stages"), new("entered_at", D, true),
        ]),
        new("quotes", ["quote_id"],
        [
            new("quote_id", T, true), new("opportunity_id", T, true, Ref: "opportunities"), new("sent_at", D, true),
            new("amount", Dec, true, Min: 0), new("status", C, true, ["SENT", "SIGNED", "REJECTED", "EXPIRED"]),
            new("decided_at", D, NotBefore: "sent_at"),
        ]),
        new("orders", ["order_id", "line_no"],
        [
            new("order_id", T, true), new("line_no", I, true), new("order_date", D, true),
            new("customer_id", T, true, Ref: "customers"), new("product_id", T, true, Ref: "products"),
            new("rep_id", T, Ref: "reps"), new("opportunity_id", T, Ref: "opportunities"),
            new("quantity", Dec, true, Min: 0, MinExclusive: true), new("unit_price", Dec, true, Min: 0),
            new("discount_pct", Dec, Min: 0, Max: 1), new("unit_cost", Dec, true, Min: 0),
        ]),
        new("subscription_events", ["event_id"],
        [
            new("event_id", T, true), new("customer_id", T, true, Ref: "customers"), new("product_id", T, Ref: "products"),
            new("event_date", D, true), new("event_type", C, true, ["NEW", "EXPANSION", "CONTRACTION", "CHURN", "REACTIVATION"]),
            new("mrr_delta", Dec, true),
        ]),
        new("marketing_spend", [],
        [
            new("spend_date", D, true), new("channel", T, true), new("category", C, true, ["MARKETING", "SALES"]),
            new("amount", Dec, true, Min: 0),
        ]),
        new("surveys", ["response_id"],
        [
            new("response_id", T, true), new("customer_id", T, true, Ref: "customers"), new("responded_at", D, true),
            new("survey_type", C, true, ["NPS", "CSAT", "OUTCOME"]), new("score", I, true),
        ]),
        new("targets", [],
        [
            new("month", D, true), new("rep_id", T, Ref: "reps"), new("metric", C, true, ["REVENUE", "NEW_LEADS", "DEALS_WON"]),
            new("target", Dec, true, Min: 0),
        ]),
    ];
}
