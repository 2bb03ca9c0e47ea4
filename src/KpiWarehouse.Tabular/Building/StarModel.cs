namespace KpiWarehouse.Tabular.Building;

/// <summary>
/// How the warehouse's tables (docs/star-schema.md) appear in the model: display names, fr-FR captions,
/// role-playing dates, hierarchies. Column display names follow one rule (<see cref="ColumnNames"/>).
/// </summary>
internal static class StarModel
{
    public static readonly IReadOnlyList<StarTable> Tables =
    [
        new("dim_date", "Date", "Date", true, "Every day of the whole calendar years covering the data; the model's date table."),
        new("dim_customer", "Customer", "Client", true, "Customer accounts; key 0 is the unknown customer."),
        new("dim_rep", "Rep", "Commercial", true, "Sales people and their team, region and manager; key 0 is the unknown rep."),
        new("dim_product", "Product", "Produit", true, "Products and product lines; key 0 is the unknown product."),
        new("dim_channel", "Channel", "Canal", true, "Lead source and spend channels; key 0 is the unknown channel."),
        new("fct_sales", "Sales", "Ventes", false, "Invoiced order lines.", ["order_date"], IncrementalDate: "order_date"),
        new("fct_opportunities", "Opportunities", "Opportunités", false, "Deals, one row per opportunity.", ["created_date", "closed_date"]),
        new("fct_opportunity_stages", "Opportunity Stages", "Étapes des opportunités", false, "Every entry of an opportunity into a pipeline stage.", ["entered_date"]),
        new("fct_quotes", "Quotes", "Devis", false, "Quotes sent to customers.", ["sent_date", "decided_date"]),
        new("fct_leads", "Leads", "Prospects", false, "Leads (prospects) and their qualification.", ["created_date", "mql_date", "sql_date"]),
        new("fct_activities", "Activities", "Activités", false, "Calls, e-mails and social touches.", ["occurred_date"], IncrementalDate: "occurred_date"),
        new("fct_meetings", "Meetings", "Rendez-vous", false, "Meeting invitations and meetings.", ["invited_date", "scheduled_date"]),
        new("fct_subscription_events", "Subscription Events", "Événements d'abonnement", false, "Changes of monthly recurring revenue.", ["event_date"]),
        new("fct_customer_mrr", "Customer MRR", "MRR client", false, "Each customer's total MRR over spans of constant value; read with \"as of\" filters, no date relationship.", []),
        new("fct_spend", "Spend", "Dépenses", false, "Marketing and sales spend.", ["spend_date"]),
        new("fct_surveys", "Surveys", "Enquêtes", false, "Customer survey responses (NPS, CSAT, OUTCOME).", ["responded_date"]),
        new("fct_targets", "Targets", "Objectifs", false, "Monthly objectives per rep (rep key 0: company level) and metric.", ["month_date"]),
    ];

    /// <summary>The dimension a <c>*_key</c> column points to.</summary>
    public static readonly IReadOnlyDictionary<string, string> KeyDimensions = new Dictionary<string, string>
    {
        ["customer_key"] = "Customer",
        ["rep_key"] = "Rep",
        ["product_key"] = "Product",
        ["channel_key"] = "Channel",
    };

    /// <summary>Columns hidden although visible by the general rule, with the reason.</summary>
    public static readonly IReadOnlySet<(string Table, string Column)> Hidden = new HashSet<(string, string)>
    {
        ("dim_date", "month_number"),   // the sort key of Month Name
        ("dim_rep", "email"),           // read by row-level security only
        ("dim_rep", "manager_email"),   // read by row-level security only
    };

    /// <summary>Text columns sorted by another column of their table.</summary>
    public static readonly IReadOnlyDictionary<(string Table, string Column), string> SortBy = new Dictionary<(string, string), string>
    {
        [("dim_date", "month_name")] = "month_number",
        [("fct_opportunities", "stage")] = "stage_sort_order",
    };

    /// <summary>User hierarchies: table, name, fr-FR name, levels (name, fr-FR name, physical column), top first.</summary>
    public static readonly IReadOnlyList<StarHierarchy> Hierarchies =
    [
        new("dim_date", "Calendar", "Calendrier",
            [("Year", "Année", "year"), ("Quarter", "Trimestre", "year_quarter"), ("Month", "Mois", "year_month"), ("Date", "Date", "date")]),
        new("dim_customer", "Geography", "Géographie",
            [("Region", "Région", "region"), ("Country", "Pays", "country"), ("City", "Ville", "city")]),
        new("dim_rep", "Sales Organization", "Organisation commerciale",
            [("Region", "Région", "region"), ("Team", "Équipe", "team"), ("Rep", "Commercial", "rep_name")]),
    ];

    public static StarTable? Find(string physical) => Tables.FirstOrDefault(t => t.Physical == physical);
}

/// <summary>A warehouse table as the model shows it.</summary>
/// <param name="Physical">The warehouse table (<c>fct_sales</c>).</param>
/// <param name="Name">The model table (<c>Sales</c>).</param>
/// <param name="French">Its fr-FR caption.</param>
/// <param name="IsDimension">A dimension (all attributes visible) rather than a fact.</param>
/// <param name="Description">The table's description.</param>
/// <param name="Dates">The date columns related to 'Date'[Date], the first one active.</param>
/// <param name="IncrementalDate">The date column of the incremental-refresh policy, for large append-only facts.</param>
internal sealed record StarTable(
    string Physical,
    string Name,
    string French,
    bool IsDimension,
    string Description,
    IReadOnlyList<string>? Dates = null,
    string? IncrementalDate = null);

/// <summary>A user hierarchy of a dimension.</summary>
internal sealed record StarHierarchy(
    string Table,
    string Name,
    string French,
    IReadOnlyList<(string Name, string French, string Column)> Levels);
