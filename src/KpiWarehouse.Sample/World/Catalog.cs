namespace KpiWarehouse.Sample.World;

internal enum ProductKind { Crm, Module, Hardware, Accessory, Consumable, Service, Gift }

internal sealed record Product(string Id, string Name, string Line, string? Category, long ListCents, long CostCents,
    bool Recurring, ProductKind Kind);

internal sealed record Stage(string Name, int SortOrder, int ProbabilityPct);

/// <summary>The fixed product range, pipeline stages and channels every sample shares.</summary>
internal static class Catalog
{
    public static readonly Product[] Products =
    [
        new("P01", "CRM Cloud Essentiel", "Logiciel", "Abonnement", 34_800, 6_000, true, ProductKind.Crm),
        new("P02", "CRM Cloud Pro", "Logiciel", "Abonnement", 70_800, 11_000, true, ProductKind.Crm),
        new("P03", "Module Analytique", "Logiciel", "Abonnement", 24_000, 3_000, true, ProductKind.Module),
        new("P04", "Connecteur ERP", "Logiciel", "Abonnement", 120_000, 15_000, true, ProductKind.Module),
        new("P05", "Terminal de caisse T2", "Matériel", "Terminaux", 89_900, 54_000, false, ProductKind.Hardware),
        new("P06", "Lecteur code-barres", "Matériel", "Périphériques", 14_990, 7_235, false, ProductKind.Accessory),
        new("P07", "Imprimante d'étiquettes", "Matériel", "Périphériques", 32_900, 19_000, false, ProductKind.Accessory),
        new("P08", "Rouleaux thermiques, lot de 50", "Consommables", "Consommables", 3_990, 1_820, false, ProductKind.Consumable),
        new("P09", "Formation utilisateurs (jour)", "Services", "Formation", 95_000, 42_000, false, ProductKind.Service),
        new("P10", "Intégration sur mesure (jour)", "Services", "Conseil", 115_000, 61_000, false, ProductKind.Service),
        new("P11", "Support Premium (intervention)", "Services", null, 18_000, 4_500, false, ProductKind.Service),
        new("P12", "Audit \"Performance commerciale\"", "Services", "Conseil", 250_000, 90_000, false, ProductKind.Service),
        new("P13", "Kit de démarrage offert", "Matériel", "Périphériques", 0, 1_250, false, ProductKind.Gift),
    ];

    public const int CrmEssentiel = 0, CrmPro = 1, Analytics = 2, ErpConnector = 3, Terminal = 4, Scanner = 5,
        LabelPrinter = 6, Rolls = 7, Training = 8, Integration = 9, Support = 10, Audit = 11, StarterKit = 12;

    /// <summary>The main product of a new-business deal and how often it is chosen.</summary>
    public static readonly int[] MainProducts = [CrmEssentiel, CrmPro, Terminal, ErpConnector, Integration, Training];
    public static readonly double[] MainProductWeights = Randomness.Rng.Cumulative(30, 22, 22, 6, 10, 10);

    /// <summary>What a customer buys again between deals.</summary>
    public static readonly int[] RepeatProducts = [Rolls, Rolls, Rolls, Scanner, LabelPrinter, Training, Support, Support, Integration, Audit];

    public static readonly Stage[] Stages =
    [
        new("Découverte", 1, 10),
        new("Qualification", 2, 25),
        new("Proposition", 3, 50),
        new("Négociation", 4, 75),
        new("Gagnée", 5, 100),
        new("Perdue", 6, 0),
    ];

    public const int Discovery = 0, Qualification = 1, Proposal = 2, Negotiation = 3, Won = 4, Lost = 5;

    /// <summary>Lead sources; <c>linkedin_ads</c> has spend and never a lead.</summary>
    public static readonly string[] InboundSources = ["web", "paid_search", "referral", "event", "partner"];
    public static readonly double[] InboundWeights = Randomness.Rng.Cumulative(32, 25, 13, 15, 15);
    public static readonly string[] OutboundSources = ["cold_call", "cold_email"];
    public const string ChannelWithoutLeads = "linkedin_ads";

    public static readonly string[] LostReasons =
    [
        "Prix trop élevé", "Concurrent retenu", "Pas de budget", "Projet abandonné", "Pas de réponse",
        "Timing : reporté à l'an prochain", "Fonctionnalités manquantes, notamment l'export comptable",
        "Décision \"groupe\" imposée par le siège",
    ];

    /// <summary>A lost reason typed over two lines in the CRM: a quoted field with a line break.</summary>
    public const string MultiLineLostReason = "Budget gelé\nà relancer au T2";
}
