namespace KpiWarehouse.Reference.Tests.HandData;

/// <summary>
/// The expected value of every KPI in cells of the hand data set, worked out on paper from HandData/raw (the two rows
/// of HandData/quarantine.csv left out: orders.csv line 11, a duplicate O4/1 worth 10 000 on 2024-03-06, and
/// leads.csv line 8, lead L7 of unknown rep R9). null = BLANK. Calendar = 2023-01-01..2024-12-31.
///
/// Order lines (revenue = round(qty × price × (1 − discount), 4); cost = qty × unit_cost):
///   O1  2023-03-15 C1 P1 R2  2 × 100           = 200       cost 80
///   O2  2023-11-20 C2 P2 R2  1 × 500 × 0.9     = 450       cost 300
///   O3  2024-02-29 C1 P1 R2  3 × 100           = 300       cost 120   (leap day)
///   O4/1 2024-03-05 C1 P1 R2 1 × 100           = 100       cost 40
///   O4/2 2024-03-05 C1 P3 R2 3 × 19.99 × 0.875 = 52.47375 → 52.4738   cost 30
///   O5  2024-03-12 C4 P2 (no rep) 1 × 500      = 500       cost 300
///   O6  2024-03-20 C2 P1 R3  2 × 100 × 0.95    = 190       cost 80
///   O7  2024-03-28 C5 P3 R3  1 × 50 (empty discount) = 50  cost 10
///   O8  2024-04-02 C3 P1 R2  1 × 100           = 100       cost 40
/// March 2024 revenue = 100 + 52.4738 + 500 + 190 + 50 = 892.4738; cost = 40 + 30 + 300 + 80 + 10 = 460.
/// First order dates: C1 2023-03-15, C2 2023-11-20, C4 2024-03-12, C5 2024-03-28, C3 2024-04-02.
/// MRR per customer (subscription events): C1 100 (2023-01-15) +50 (2023-09-01) = 150, −30 (03-15) +10 (03-25) = 130;
/// C2 50 (2023-06-01), CHURN −50 (2024-01-31) = 0, REACTIVATION +60 (03-10) = 60, CHURN −60 (04-15) = 0;
/// C3 80 (2024-02-10, no product) +20 (03-20, no product) = 100; C4 +40 (03-12) CHURN −40 (03-30) = 0.
/// </summary>
public static class HandComputedCases
{
    private static decimal Q(decimal numerator, decimal denominator) => numerator / denominator;

    public static readonly (string Kpi, string Cell, decimal? Expected)[] All =
    [
        // ---- Revenue, March 2024, no filter
        ("Revenue", "2024-03", 892.4738m),                       // 100 + 52.4738 + 500 + 190 + 50
        ("Revenue PY", "2024-03", 200m),                         // March 2023: O1 = 200
        ("Revenue YoY Growth %", "2024-03", 3.462369m),          // (892.4738 − 200) / 200 = 692.4738 / 200
        ("Revenue PM", "2024-03", 300m),                         // DATEADD −1 month of March = Feb 1–29 2024: O3 on the leap day
        ("Revenue MoM Growth %", "2024-03", Q(592.4738m, 300m)), // (892.4738 − 300) / 300
        ("Revenue Share %", "2024-03", 1m),                      // no Customer filter: 892.4738 / 892.4738
        ("Units Sold", "2024-03", 8m),                           // 1 + 3 + 1 + 2 + 1
        ("Orders", "2024-03", 4m),                               // O4 (2 lines), O5, O6, O7
        ("Average Order Value", "2024-03", 223.11845m),          // 892.4738 / 4
        ("Gross Profit", "2024-03", 432.4738m),                  // 892.4738 − 460
        ("Gross Margin %", "2024-03", Q(432.4738m, 892.4738m)),  // 432.4738 / 892.4738
        ("Revenue per Customer", "2024-03", 223.11845m),         // 892.4738 / |{C1, C4, C2, C5}| = 892.4738 / 4
        ("New Customer Revenue", "2024-03", 550m),               // first order in March: C4 (O5 500), C5 (O7 50)
        ("Revenue Target", "2024-03", 1700m),                    // REVENUE March: R2 400 + R3 300 + company 1000
        ("Revenue Attainment %", "2024-03", Q(892.4738m, 1700m)),// 892.4738 / 1700

        // ---- Revenue, other cells
        ("Revenue", "2024-03 | Region=North", 202.4738m),        // North = C1, C3, C5: O4 100 + 52.4738, O7 50
        ("Revenue Share %", "2024-03 | Region=North", Q(202.4738m, 892.4738m)), // / revenue with the Customer filter removed
        ("Revenue", "2024-03 | Rep Name=Bob Petit", 152.4738m),  // R2: O4 lines; O5 (empty rep) dropped under a Rep filter
        ("Revenue Target", "2024-03 | Rep Name=Bob Petit", 400m),// only R2's row; the company row drops under a Rep filter
        ("Revenue Attainment %", "2024-03 | Rep Name=Bob Petit", 0.3811845m), // 152.4738 / 400
        ("Revenue", "2024-03 | Product Line=Software", 392.4738m), // P1, P3: 100 + 52.4738 + 190 + 50 (O5 is P2)
        ("Orders", "2024-03 | Product Line=Software", 3m),       // O4, O6, O7
        ("Revenue", "2024-04", 100m),                            // O8
        ("Revenue PM", "2024-04", 892.4738m),                    // April 1–30 includes its last two days → all of March
        ("Revenue MoM Growth %", "2024-04", Q(100m - 892.4738m, 892.4738m)), // (100 − 892.4738) / 892.4738
        ("Revenue PY", "2024-04", null),                         // April 2023 has no order
        ("Revenue YoY Growth %", "2024-04", null),               // denominator BLANK
        ("Revenue", "all", 1942.4738m),                          // 200 + 450 + 300 + 892.4738 + 100
        ("Revenue PY", "all", 650m),                             // calendar 2023–2024 shifted back a year, cut to the calendar = 2023: 200 + 450
        ("Revenue", "2024-Q1", 1192.4738m),                      // 300 (Feb 29) + 892.4738
        ("Revenue PM", "2024-Q1", 300m),                         // Dec 1 2023 – Feb 29 2024: O3 only (O2 is Nov 20)
        ("Revenue PY", "2024-Q1", 200m),                         // Q1 2023: O1
        ("Revenue", "2024-02-29", 300m),                         // the leap day alone: O3
        ("Revenue PY", "2024-02-29", null),                      // Feb 29 − 1 year = Feb 28 2023 (one day, no extension): no order
        ("Revenue PM", "2024-02-29", null),                      // Feb 29 − 1 month = Jan 29 2024: no order
        ("Revenue PM", "2024-03-29..31", 300m),                  // Mar 29–31 holds March's last two days: → Feb 29 (29, 30, 31 all clamp) = O3
        ("Revenue PM", "2024-03-28", null),                      // Mar 28 alone → Feb 28: no order

        // ---- Pipeline, March 2024, no filter
        ("Opportunities Created", "2024-03", 3m),                // OP3 (03-02), OP4 (03-10), OP5 (03-15)
        ("Average Opportunity Value", "2024-03", 1150m),         // (1500 + 800) / 2, OP4's empty amount ignored
        ("Opportunities per Customer", "2024-03", 1.5m),         // 3 / |{C3, C4}| (OP4 has no customer)
        ("Deals Won", "2024-03", 2m),                            // OP1 (03-04), OP2 (03-18)
        ("Deals Lost", "2024-03", 1m),                           // OP3 (03-25)
        ("Win Rate", "2024-03", Q(2m, 3m)),                      // 2 / (2 + 1)
        ("Win Loss Ratio", "2024-03", 2m),                       // 2 / 1
        ("Won Revenue", "2024-03", 3000m),                       // 1000 + 2000
        ("Average Deal Size", "2024-03", 1500m),                 // 3000 / 2
        ("Average Sales Cycle Days", "2024-03", 43m),            // OP1 Jan 10 → Mar 4 2024 = 21 + 29 + 4 = 54; OP2 Feb 15 → Mar 18 = 14 + 18 = 32; (54 + 32) / 2
        ("Pipeline Value", "2024-03", 2300m),                    // open at Mar 31: OP4 (no amount), OP5 800, OP6 600, OP7 900 (closes Apr 10)
        ("Weighted Pipeline Value", "2024-03", 880m),            // status OPEN: OP5 800 × 0.5 + OP6 600 × 0.8 (OP4 no amount; OP7 is LOST)
        ("Active Opportunities", "2024-03", 2m),                 // open at end and entered a stage in March: OP4 (03-10), OP5 (03-15, 03-22)
        ("Stagnant Opportunities", "2024-03", 2m),               // OP6 (last 01-15), OP7 (last in window 02-10)
        ("Active Stagnant Ratio", "2024-03", 1m),                // 2 / 2
        ("Close Ratio", "2024-03", 0.4m),                        // 2 deals won / 5 new leads
        ("Upsell Cross-sell Rate", "2024-03", 0.5m),             // OP2 (UPSELL) / 2 won

        // ---- Pipeline, other cells
        ("Opportunities Created", "2024-03 | Product Line=Software", 2m), // OP3 (P1), OP5 (P3); OP4's empty product drops
        ("Deals Won", "2024-03 | Rep Name=Chloe Roux", null),    // R3 won nothing in March
        ("Win Rate", "2024-03 | Rep Name=Chloe Roux", 0m),       // BLANK won counts as 0: 0 / (0 + 1 lost, OP3)
        ("Close Ratio", "2024-03 | Rep Name=Chloe Roux", 0m),    // 0 won / 3 new leads of R3 (L1, L2, L6)
        ("Deals Won", "2024-03 | Rep Name=Bob Petit", 2m),       // OP1, OP2
        ("Close Ratio", "2024-03 | Rep Name=Bob Petit", 2m),     // 2 won / 1 new lead of R2 (L4)
        ("Deals Won", "2024-04", null),                          // a month with lost deals and no win
        ("Deals Lost", "2024-04", 2m),                           // OP7 (04-10), OP8 (04-20)
        ("Win Rate", "2024-04", 0m),                             // 0 / (0 + 2), not BLANK
        ("Win Loss Ratio", "2024-04", 0m),                       // 0 / 2
        ("Win Rate", "all", 0.4m),                               // 2 won / (2 + 3 lost: OP3, OP7, OP8)
        ("Pipeline Value", "all", 1400m),                        // open at 2024-12-31: OP4 (no amount), OP5 800, OP6 600
        ("Average Sales Cycle Days", "2024-Q1", 43m),            // the same two WON deals

        // ---- Quotes, March 2024
        ("Proposals Sent", "2024-03", 4m),                       // Q2 (03-05), Q3 (03-10), Q4 (03-25), Q5 (03-28)
        ("Quotes Signed", "2024-03", 2m),                        // Q1 decided 03-01, Q2 ("Signed") decided 03-15
        ("Quote Acceptance Rate", "2024-03", 0.25m),             // of the 4 sent in March only Q2 is SIGNED
        ("Average Signed Quote Value", "2024-03", 1500m),        // (1000 + 2000) / 2
        ("Proposals Sent", "2024-03 | Team=North Team", 3m),     // via the opportunity's owner (R1, R2): Q2 (OP2), Q4 (OP5), Q5 (OP6); Q3 is OP3 of R3

        // ---- Leads & marketing, March 2024
        ("New Leads", "2024-03", 5m),                            // L1, L2, L3, L4, L6 (23:59:59 on 03-31); L5 is Feb, L7 quarantined
        ("Inbound Leads", "2024-03", 3m),                        // L1, L2 ("inbound"), L3
        ("Outbound Leads", "2024-03", 2m),                       // L4, L6
        ("Inbound Outbound Ratio", "2024-03", 1.5m),             // 3 / 2
        ("MQLs", "2024-03", 4m),                                 // mql_at in March: L1, L3, L4, L5
        ("SQLs", "2024-03", 3m),                                 // sql_at in March: L1, L4, L5
        ("Lead Conversion Rate", "2024-03", 0.2m),               // created in March and converted: L1 → 1 / 5
        ("MQL to Customer Rate", "2024-03", 0.5m),               // L1, L5 converted / 4 MQLs
        ("SQL to Customer Rate", "2024-03", Q(2m, 3m)),          // L1, L5 / 3 SQLs
        ("Lead Follow-up Rate", "2024-03", 0.6m),                // L1 (A1), L3 (A8 in May: any date), L4 (meeting M2) / 5
        ("Average Lead Response Hours", "2024-03", Q(601m, 7200m)), // inbound answered: L1 300 s, L2 301 s → 300.5 s / 3600
        ("Leads Answered in 5 Min %", "2024-03", Q(1m, 3m)),     // L1 at exactly 5:00 counts, L2 at 5:01 does not, L3 unanswered: 1 / 3
        ("Marketing Spend", "2024-03", 1500.50m),                // 1000 + 500.50
        ("Sales Spend", "2024-03", 500m),                        // 300 + 200
        ("Cost per Lead", "2024-03", 300.10m),                   // 1500.50 / 5
        ("New Customers", "2024-03", 2m),                        // C4, C5
        ("Customer Acquisition Cost", "2024-03", 1000.25m),      // (1500.50 + 500) / 2
        ("Cost per Acquisition", "2024-03", 750.25m),            // 1500.50 / 2
        ("Referral Customers", "2024-03", 1m),                   // C4 (referred by C2); C5 was not referred
        ("New Leads", "2024-03 | Channel=web", 2m),              // L1 ("Web " → web), L2; L7 (web) is quarantined
        ("Marketing Spend", "2024-03 | Channel=web", 1000m),     // 03-01 web
        ("Sales Spend", "2024-03 | Channel=web", 300m),          // 03-20 "Web" → web
        ("Cost per Lead", "2024-03 | Channel=web", 500m),        // 1000 / 2
        ("Average Lead Response Hours", "2024-03 | Channel=web", Q(601m, 7200m)), // L1 and L2 are both web
        ("New Leads", "2024-03 | Rep Name=Bob Petit", 1m),       // L4
        ("New Customers", "2024-03 | Region=North", 1m),         // C5 (C4 is South)
        ("Referral Customers", "2024-03 | Region=North", null),  // C5 was not referred: a count over no rows
        ("Customer Acquisition Cost", "2024-03 | Region=North", 1000.25m), // no Dims: the Customer filter does not apply

        // ---- Activity, March 2024
        ("Outbound Calls", "2024-03", 3m),                       // A1, A2, A3 ("call"/"outbound")
        ("Outbound Activities", "2024-03", 6m),                  // A1–A6 (A7 is inbound, A8 May, A9 Feb)
        ("Call Success Rate", "2024-03", Q(2m, 3m)),             // A1 CONNECTED, A3 MEETING_BOOKED / 3
        ("Meetings Booked", "2024-03", 3m),                      // invited in March and ACCEPTED: M1, M2, M3 ("accepted")
        ("Calls per Meeting Booked", "2024-03", 1m),             // 3 / 3
        ("Meetings Held", "2024-03", 3m),                        // held and scheduled in March: M1, M2 ("1"), M5 ("Yes", invited in Feb)
        ("Qualified Meeting Rate", "2024-03", Q(2m, 3m)),        // M1 (OP1), M5 (OP5) / 3
        ("Meeting Acceptance Rate", "2024-03", 0.6m),            // 3 accepted / 5 invited (M1, M2, M3, M4, M6)
        ("Positive Response Rate", "2024-03", Q(1m, 3m)),        // A4 / (A4, A5, A6)
        ("Negative Response Rate", "2024-03", Q(2m, 3m)),        // A5, A6 / 3
        ("Outbound Calls", "2024-03 | Region=North", 1m),        // A3 (C1); A1 has no customer and drops
        ("Negative Response Rate", "2024-03 | Region=North", 1m),// A5 (C3) / A5; A4 is C4 (South), A6 has no customer
        ("Calls per Meeting Booked", "2024-03 | Rep Name=Chloe Roux", 2m), // R3 calls A1, A2 / R3 booked M3
        ("Outbound Calls", "2024-02-29", 1m),                    // A9 on the leap day

        // ---- Customers, March 2024 (start − 1 = 2024-02-29, end = 2024-03-31)
        ("MRR", "2024-03", 290m),                                // at Mar 31: C1 130 + C2 60 + C3 100 + C4 0
        ("Net New MRR", "2024-03", 60m),                         // +60 −30 +20 +10 +40 −40
        ("Expansion Revenue", "2024-03", 30m),                   // E8 20 + E9 10
        ("Active Customers", "2024-03", 3m),                     // MRR > 0 at Mar 31: C1, C2 (reactivated), C3
        ("Churned Customers", "2024-03", 1m),                    // C4 (CHURN 03-30)
        ("Churn Rate", "2024-03", 0.5m),                         // 1 / |{C1 150, C3 80}| (MRR at Feb 29)
        ("Retention Rate", "2024-03", 1m),                       // C1 and C3 still > 0 at Mar 31: 2 / 2
        ("Customer Recurrence Rate", "2024-03", 0.5m),           // ordered in March: C1, C4, C2, C5; also before: C1, C2 → 2 / 4
        ("Existing Customer Engagement", "2024-03", 1m),         // ordered before March: C1, C2; both again in March
        ("CSAT", "2024-03", 4m),                                 // (5 + 3 + 4) / 3
        ("CSAT Satisfied %", "2024-03", Q(2m, 3m)),              // 5 and 4 / 3 responses
        ("NPS", "2024-03", 25m),                                 // 100 × (2 promoters (10, 9) − 1 detractor (3)) / 4
        ("Customer Outcome Rate", "2024-03", 0.5m),              // 1 / 2
        ("Average Customer Lifetime Years", "2024-03", Q(131m, 365.25m)), // churned as of Mar 31: C2 2023-06-01 → 2024-01-31 = 244 days; C4 03-12 → 03-30 = 18; (244 + 18) / 2 = 131 days
        ("Customer Lifetime Value", "2024-03", 223.11845m * 365m / 31m * Q(131m, 365.25m)), // RPC 892.4738 / 4 × 365 / 31 days × 131 / 365.25
        ("MRR", "2024-03 | Product Line=Software", 190m),        // 290 − C3's 80 and 20 (events without product drop)
        ("MRR", "2024-03 | Segment=SMB", 60m),                   // C2 50 − 50 + 60, C4 40 − 40
        ("Churned Customers", "2024-03 | Segment=SMB", 1m),      // C4
        ("Churn Rate", "2024-03 | Segment=SMB", null),           // no SMB customer has MRR > 0 at Feb 29: denominator BLANK
        ("Active Customers", "2024-03 | Region=North", 2m),      // C1, C3
        ("Customer Recurrence Rate", "2024-03 | Region=North", 0.5m), // ordered in March: C1, C5; before too: C1
        ("Average Customer Lifetime Years", "2024-03 | Region=North", null), // no North customer churned
        ("Customer Lifetime Value", "2024-03 | Region=North", null),        // BLANK lifetime → BLANK product
        ("Churned Customers", "2024-04", 1m),                    // C2 (04-15)
        ("Churn Rate", "2024-04", Q(1m, 3m)),                    // 1 / |{C1, C2, C3}| at Mar 31
        ("Retention Rate", "2024-04", Q(2m, 3m)),                // at Apr 30 C1 130, C2 0, C3 100: 2 / 3
        ("MRR", "all", 230m),                                    // 290 − 60 (C2's April churn)
        ("Churn Rate", "all", null),                             // nobody had MRR at 2022-12-31
        ("Existing Customer Engagement", "all", null),           // nobody ordered before 2023-01-01

        // ---- Row-level security (RLS=R2: Bob's login; RLS=R3: Chloe's). The role hides the rows of facts related to
        // Rep whose rep is not visible (an empty rep too), whatever the KPI's Dims or its REMOVEFILTERS ( 'Rep' ) say;
        // spend, subscription events and surveys (not related to Rep) and load-time columns (first order date) stay.
        ("Cost per Lead", "2024-03 | RLS=R3", Q(1500.50m, 3m)),  // whole spend 1000 + 500.50 / R3's leads L1, L2, L6 (L3 no rep, L4 R2)
        ("Cost per Lead", "2024-03 | RLS=R2", 1500.50m),         // 1500.50 / L4
        ("Cost per Lead", "2024-03 | Channel=web | RLS=R3", 500m), // web spend 1000 / web leads of R3: L1, L2
        ("Marketing Spend", "2024-03 | RLS=R2", 1500.50m),       // not related to Rep: untouched
        ("New Leads", "2024-03 | RLS=R2", 1m),                   // L4
        ("New Leads", "2024-03 | RLS=R1,R2,R3", 4m),             // Alice's team: L1, L2, L4, L6; L3 (no rep) is never visible
        ("Revenue", "2024-03 | RLS=R2", 152.4738m),              // O4's two lines 100 + 52.4738
        ("Revenue", "2024-03 | Rep Name=Chloe Roux | RLS=R2", null), // a filter and the security intersect: no row
        ("Revenue Target", "2024-03 | RLS=R2", 400m),            // R2's row; the company row (empty rep) is hidden
        ("Revenue per Customer", "2024-03 | RLS=R2", 152.4738m), // 152.4738 / |{C1}|
        ("New Customers", "2024-03 | RLS=R3", 2m),               // C4, C5 as unsecured: first order date is a load-time column (C4's O5 has no rep)
        ("New Customer Revenue", "2024-03 | RLS=R3", 50m),       // R3's March lines O6 (C2, not new) and O7 (C5, new): 50
        ("Customer Recurrence Rate", "2024-03 | RLS=R2", 1m),    // R2's March lines: C1; C1 also before (O1, O3) → 1 / 1 (unsecured 2 / 4)
        ("Existing Customer Engagement", "2024-03 | RLS=R2", 0.5m), // R2's lines before March: C1, C2 (O2); C1 again in March → 1 / 2
        ("Customer Recurrence Rate", "2024-03 | RLS=R3", 0m),    // R3's March lines: C2 (O6), C5 (O7); no R3 line before March → 0 / 2
        ("Existing Customer Engagement", "2024-03 | RLS=R3", null), // no R3 line before March: denominator BLANK
        ("Customer Lifetime Value", "2024-03 | RLS=R2", 152.4738m * 365m / 31m * Q(131m, 365.25m)), // RPC 152.4738 / 1 × 365 / 31 × lifetime 131 days / 365.25 (subscriptions: untouched)
        ("MRR", "2024-03 | RLS=R2", 290m),                       // subscription events are not related to Rep
        ("CSAT", "2024-03 | RLS=R2", 4m),                        // surveys are not related to Rep
    ];
}
