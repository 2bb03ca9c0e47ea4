namespace KpiWarehouse.Tabular.Building;

/// <summary>
/// Display names of warehouse columns: snake_case words in title case with a few fixed spellings
/// (<c>customer_name</c> → <c>Customer Name</c>, <c>mrr_delta_amount</c> → <c>MRR Delta Amount</c>,
/// <c>discount_pct</c> → <c>Discount %</c>), their fr-FR captions, and the exceptions of the contract.
/// </summary>
internal static class ColumnNames
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["id"] = "Id",
        ["mrr"] = "MRR",
        ["mql"] = "MQL",
        ["sql"] = "SQL",
        ["pct"] = "%",
    };

    // model-contract.md: 'Rep'[Manager] is the manager's name.
    private static readonly Dictionary<(string Table, string Column), string> Exceptions = new()
    {
        [("dim_rep", "manager_name")] = "Manager",
    };

    public static string Display(string table, string column)
    {
        if (Exceptions.TryGetValue((table, column), out var name))
            return name;
        return string.Join(' ', column.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Words.TryGetValue(w, out var fixedWord) ? fixedWord : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The fr-FR caption of a display name, or null when none is known.</summary>
    public static string? French(string display) => FrenchCaptions.TryGetValue(display, out var fr) ? fr : null;

    private static readonly Dictionary<string, string> FrenchCaptions = new()
    {
        ["Date"] = "Date", ["Year"] = "Année", ["Quarter Number"] = "Numéro de trimestre", ["Year Quarter"] = "Trimestre",
        ["Month Number"] = "Numéro du mois", ["Year Month"] = "Mois", ["Month Name"] = "Nom du mois",
        ["Month Start Date"] = "Début du mois", ["Day Of Month"] = "Jour du mois",
        ["Customer Id"] = "Id client", ["Customer Name"] = "Nom du client", ["Segment"] = "Segment", ["Industry"] = "Secteur",
        ["Country"] = "Pays", ["Region"] = "Région", ["City"] = "Ville", ["Created Date"] = "Date de création",
        ["Referred By Customer Id"] = "Id du client parrain", ["Acquisition Channel"] = "Canal d'acquisition",
        ["First Order Date"] = "Date de première commande", ["First Subscription Date"] = "Date de premier abonnement",
        ["Customer Start Date"] = "Date de début client", ["Is Referred"] = "Recommandé",
        ["Rep Id"] = "Id commercial", ["Rep Name"] = "Commercial", ["Email"] = "E-mail", ["Role"] = "Rôle", ["Team"] = "Équipe",
        ["Manager Id"] = "Id manager", ["Manager"] = "Manager", ["Manager Email"] = "E-mail du manager",
        ["Hire Date"] = "Date d'embauche", ["Leave Date"] = "Date de départ",
        ["Product Id"] = "Id produit", ["Product Name"] = "Nom du produit", ["Product Line"] = "Gamme", ["Category"] = "Catégorie",
        ["List Price Amount"] = "Prix catalogue", ["Unit Cost Amount"] = "Coût unitaire", ["Is Recurring"] = "Récurrent",
        ["Channel"] = "Canal",
        ["Order Id"] = "Id commande", ["Opportunity Id"] = "Id opportunité", ["Lead Id"] = "Id prospect",
        ["Opportunity Type"] = "Type d'opportunité", ["Stage"] = "Étape", ["Status"] = "Statut", ["Lost Reason"] = "Motif de perte",
        ["Quote Id"] = "Id devis", ["Source"] = "Source", ["Direction"] = "Sens", ["Is Converted"] = "Converti",
        ["Is Followed Up"] = "Suivi", ["Activity Id"] = "Id activité", ["Activity Type"] = "Type d'activité",
        ["Outcome"] = "Résultat", ["Meeting Id"] = "Id rendez-vous", ["Is Held"] = "Réalisé", ["Has Opportunity"] = "Avec opportunité",
        ["Event Id"] = "Id événement", ["Event Type"] = "Type d'événement", ["Response Id"] = "Id réponse",
        ["Survey Type"] = "Type d'enquête", ["Metric"] = "Indicateur",
    };
}
