using KpiWarehouse.Sample.Randomness;

namespace KpiWarehouse.Sample.World;

internal sealed record Place(string Country, string Region, string[] Cities);

/// <summary>Where customers are and the sales regions the teams cover.</summary>
internal static class Geography
{
    public static readonly Place[] Places =
    [
        new("France", "Île-de-France", ["Paris", "Versailles", "Saint-Denis"]),
        new("France", "Auvergne-Rhône-Alpes", ["Lyon", "Grenoble", "Saint-Étienne"]),
        new("France", "Provence-Alpes-Côte d'Azur", ["Marseille", "Nice", "Aix-en-Provence"]),
        new("France", "Hauts-de-France", ["Lille", "Amiens", "Roubaix"]),
        new("France", "Nouvelle-Aquitaine", ["Bordeaux", "Pau", "La Rochelle"]),
        new("France", "Occitanie", ["Toulouse", "Montpellier", "Nîmes"]),
        new("France", "Bretagne", ["Rennes", "Brest", "Saint-Malo"]),
        new("France", "Grand Est", ["Strasbourg", "Reims", "Metz"]),
        new("Belgique", "Wallonie", ["Liège", "Namur", "Charleroi"]),
        new("Belgique", "Bruxelles-Capitale", ["Bruxelles", "Ixelles"]),
        new("Suisse", "Romandie", ["Genève", "Lausanne", "Neuchâtel"]),
        new("Canada", "Québec", ["Montréal", "Québec", "Trois-Rivières"]),
    ];

    public static readonly double[] PlaceWeights = Rng.Cumulative(22, 12, 9, 8, 8, 8, 6, 7, 6, 5, 5, 4);

    public static readonly string[] Industries =
    [
        "Industrie", "Santé", "Commerce de détail", "Services financiers", "Éducation", "Agroalimentaire", "BTP",
        "Logistique", "Hôtellerie-Restauration", "Énergie",
    ];

    /// <summary>The sales teams and the region each covers.</summary>
    public static readonly (string Team, string Region)[] Teams =
    [
        ("Paris Grands Comptes", "Île-de-France"), ("Lyon Centre-Est", "Auvergne-Rhône-Alpes"),
        ("Sud & Méditerranée", "Provence-Alpes-Côte d'Azur"), ("Nord-Ouest", "Hauts-de-France"),
        ("Export Francophonie", "International"), ("Aquitaine-Occitanie", "Nouvelle-Aquitaine"),
    ];
}
