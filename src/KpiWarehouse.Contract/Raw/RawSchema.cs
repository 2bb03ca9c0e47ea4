namespace KpiWarehouse.Contract.Raw;

using static RawType;

/// <summary>
/// The canonical raw input contract (shared/spec/raw-contract.md) as data: the single description the
/// sample generator, the loader and the reference calculations read. Entities are listed so that every
/// entity comes after the ones it references (reps references itself).
/// </summary>
public static class RawSchema
{
    private static readonly string[] RepRoles = ["SDR", "BDM", "AM", "MANAGER"];
    private static readonly string[] Segments = ["SMB", "MID", "ENT"];
    private static readonly string[] Directions = ["INBOUND", "OUTBOUND"];
    private static readonly string[] ActivityTypes = ["CALL", "EMAIL", "SOCIAL"];
    private static readonly string[] ActivityOutcomes =
        ["CONNECTED", "NO_ANSWER", "VOICEMAIL", "MEETING_BOOKED", "POSITIVE_REPLY", "NEGATIVE_REPLY", "NO_REPLY"];
    private static readonly string[] MeetingStatuses = ["ACCEPTED", "DECLINED", "PENDING", "CANCELLED"];
    private static readonly string[] OpportunityTypes = ["NEW_BUSINESS", "UPSELL", "CROSS_SELL", "RENEWAL"];
    private static readonly string[] OpportunityStatuses = ["OPEN", "WON", "LOST"];
    private static readonly string[] QuoteStatuses = ["SENT", "SIGNED", "REJECTED", "EXPIRED"];
    private static readonly string[] SubscriptionEventTypes = ["NEW", "EXPANSION", "CONTRACTION", "CHURN", "REACTIVATION"];
    private static readonly string[] SpendCategories = ["MARKETING", "SALES"];
    private static readonly string[] SurveyTypes = ["NPS", "CSAT", "OUTCOME"];
    private static readonly string[] TargetMetrics = ["REVENUE", "NEW_LEADS", "DEALS_WON"];

    /// <summary>reps.csv — sales people (the only required file).</summary>
    public static readonly RawEntity Reps = new("reps",
    [
        new("rep_id", Text, Required: true),
        new("rep_name", Text, Required: true),
        new("email", Text),
        new("role", Code, Required: true, Codes: RepRoles),
        new("team", Text, Required: true),
        new("region", Text, Required: true),
        new("manager_id", Text, References: "reps"),
        new("hire_date", Date, Required: true),
        new("leave_date", Date, NotBefore: "hire_date"),
    ], ["rep_id"], IsRequired: true);

    /// <summary>customers.csv — accounts.</summary>
    public static readonly RawEntity Customers = new("customers",
    [
        new("customer_id", Text, Required: true),
        new("customer_name", Text, Required: true),
        new("segment", Code, Required: true, Codes: Segments),
        new("industry", Text),
        new("country", Text, Required: true),
        new("region", Text, Required: true),
        new("city", Text),
        new("created_date", Date, Required: true),
        new("referred_by_customer_id", Text, References: "customers"),
        new("acquisition_channel", Text),
    ], ["customer_id"]);

    /// <summary>products.csv.</summary>
    public static readonly RawEntity Products = new("products",
    [
        new("product_id", Text, Required: true),
        new("product_name", Text, Required: true),
        new("product_line", Text, Required: true),
        new("category", Text),
        new("list_price", Decimal, Required: true, Min: 0),
        new("unit_cost", Decimal, Required: true, Min: 0),
        new("is_recurring", Bool, Required: true),
    ], ["product_id"]);

    /// <summary>stages.csv — the pipeline's stages.</summary>
    public static readonly RawEntity Stages = new("stages",
    [
        new("stage", Text, Required: true),
        new("sort_order", Int, Required: true),
        new("probability", Decimal, Required: true, Min: 0, Max: 1),
    ], ["stage"]);

    /// <summary>leads.csv — prospects.</summary>
    public static readonly RawEntity Leads = new("leads",
    [
        new("lead_id", Text, Required: true),
        new("created_at", Timestamp, Required: true),
        new("source", Text, Required: true),
        new("direction", Code, Required: true, Codes: Directions),
        new("owner_rep_id", Text, References: "reps"),
        new("country", Text),
        new("mql_at", Timestamp, NotBefore: "created_at"),
        new("sql_at", Timestamp, NotBefore: "created_at"),
        new("first_response_at", Timestamp, NotBefore: "created_at"),
        new("disqualified_at", Timestamp),
        new("converted_at", Timestamp, NotBefore: "created_at"),
        new("customer_id", Text, References: "customers"),
    ], ["lead_id"]);

    /// <summary>opportunities.csv — deals.</summary>
    public static readonly RawEntity Opportunities = new("opportunities",
    [
        new("opportunity_id", Text, Required: true),
        new("customer_id", Text, References: "customers"),
        new("lead_id", Text, References: "leads"),
        new("owner_rep_id", Text, Required: true, References: "reps"),
        new("product_id", Text, References: "products"),
        new("type", Code, Required: true, Codes: OpportunityTypes),
        new("created_at", Date, Required: true),
        new("amount", Decimal, Min: 0),
        new("stage", Text, Required: true, References: "stages"),
        new("status", Code, Required: true, Codes: OpportunityStatuses),
        new("closed_at", Date, NotBefore: "created_at"),
        new("lost_reason", Text),
    ], ["opportunity_id"]);

    /// <summary>opportunity_stages.csv — stage history.</summary>
    public static readonly RawEntity OpportunityStages = new("opportunity_stages",
    [
        new("opportunity_id", Text, Required: true, References: "opportunities"),
        new("stage", Text, Required: true, References: "stages"),
        new("entered_at", Date, Required: true),
    ], ["opportunity_id", "stage", "entered_at"]);

    /// <summary>quotes.csv — quotes / proposals.</summary>
    public static readonly RawEntity Quotes = new("quotes",
    [
        new("quote_id", Text, Required: true),
        new("opportunity_id", Text, Required: true, References: "opportunities"),
        new("sent_at", Date, Required: true),
        new("amount", Decimal, Required: true, Min: 0),
        new("status", Code, Required: true, Codes: QuoteStatuses),
        new("decided_at", Date, NotBefore: "sent_at"),
    ], ["quote_id"]);

    /// <summary>activities.csv — calls, e-mails, social touches.</summary>
    public static readonly RawEntity Activities = new("activities",
    [
        new("activity_id", Text, Required: true),
        new("rep_id", Text, Required: true, References: "reps"),
        new("occurred_at", Timestamp, Required: true),
        new("type", Code, Required: true, Codes: ActivityTypes),
        new("direction", Code, Required: true, Codes: Directions),
        new("lead_id", Text, References: "leads"),
        new("customer_id", Text, References: "customers"),
        new("opportunity_id", Text, References: "opportunities"),
        new("outcome", Code, Codes: ActivityOutcomes),
    ], ["activity_id"]);

    /// <summary>meetings.csv — meeting invitations and meetings.</summary>
    public static readonly RawEntity Meetings = new("meetings",
    [
        new("meeting_id", Text, Required: true),
        new("rep_id", Text, Required: true, References: "reps"),
        new("lead_id", Text, References: "leads"),
        new("customer_id", Text, References: "customers"),
        new("invited_at", Timestamp, Required: true),
        new("scheduled_at", Timestamp, Required: true),
        new("status", Code, Required: true, Codes: MeetingStatuses),
        new("held", Bool, Required: true),
        new("opportunity_id", Text, References: "opportunities"),
    ], ["meeting_id"]);

    /// <summary>orders.csv — invoiced order lines.</summary>
    public static readonly RawEntity Orders = new("orders",
    [
        new("order_id", Text, Required: true),
        new("line_no", Int, Required: true),
        new("order_date", Date, Required: true),
        new("customer_id", Text, Required: true, References: "customers"),
        new("product_id", Text, Required: true, References: "products"),
        new("rep_id", Text, References: "reps"),
        new("opportunity_id", Text, References: "opportunities"),
        new("quantity", Decimal, Required: true, Min: 0, MinExclusive: true),
        new("unit_price", Decimal, Required: true, Min: 0),
        new("discount_pct", Decimal, Min: 0, Max: 1),
        new("unit_cost", Decimal, Required: true, Min: 0),
    ], ["order_id", "line_no"]);

    /// <summary>subscription_events.csv — recurring revenue movements.</summary>
    public static readonly RawEntity SubscriptionEvents = new("subscription_events",
    [
        new("event_id", Text, Required: true),
        new("customer_id", Text, Required: true, References: "customers"),
        new("product_id", Text, References: "products"),
        new("event_date", Date, Required: true),
        new("event_type", Code, Required: true, Codes: SubscriptionEventTypes),
        new("mrr_delta", Decimal, Required: true),
    ], ["event_id"]);

    /// <summary>marketing_spend.csv.</summary>
    public static readonly RawEntity MarketingSpend = new("marketing_spend",
    [
        new("spend_date", Date, Required: true),
        new("channel", Text, Required: true),
        new("category", Code, Required: true, Codes: SpendCategories),
        new("amount", Decimal, Required: true, Min: 0),
    ], []);

    /// <summary>surveys.csv — customer feedback.</summary>
    public static readonly RawEntity Surveys = new("surveys",
    [
        new("response_id", Text, Required: true),
        new("customer_id", Text, Required: true, References: "customers"),
        new("responded_at", Date, Required: true),
        new("survey_type", Code, Required: true, Codes: SurveyTypes),
        new("score", Int, Required: true),
    ], ["response_id"]);

    /// <summary>targets.csv — monthly objectives.</summary>
    public static readonly RawEntity Targets = new("targets",
    [
        new("month", Date, Required: true),
        new("rep_id", Text, References: "reps"),
        new("metric", Code, Required: true, Codes: TargetMetrics),
        new("target", Decimal, Required: true, Min: 0),
    ], []);

    /// <summary>All 15 entities, each after the entities it references.</summary>
    public static readonly IReadOnlyList<RawEntity> Entities =
    [
        Reps, Customers, Products, Stages, Leads, Opportunities, OpportunityStages, Quotes,
        Activities, Meetings, Orders, SubscriptionEvents, MarketingSpend, Surveys, Targets,
    ];

    /// <summary>The entity named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static RawEntity? Find(string name) =>
        Entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
