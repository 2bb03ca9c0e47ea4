-- opportunities.csv: one WON new-business opportunity per closed deal, owned by the sales representative (sr_id)
-- who closed it; the seller is the customer and the MQL the lead. It opens on the lead's first contact date and
-- closes on the won date. The source has no deal value (declared_monthly_revenue is the seller's own revenue
-- estimate, 0 on 797 of 842 deals): amount stays empty. The deal won before its first contact is kept as it is:
-- the load quarantines it (closed_at >= created_at).
select
    d.mql_id as opportunity_id,
    d.seller_id as customer_id,
    d.mql_id as lead_id,
    d.sr_id as owner_rep_id,
    'NEW_BUSINESS' as type,
    src_date(m.first_contact_date) as created_at,
    'Won' as stage,
    'WON' as status,
    cast(src_timestamp(d.won_date) as date) as closed_at,
    'deals' as _source,
    d._line
from deals as d
left join mqls as m on m.mql_id = d.mql_id
