-- leads.csv: one lead per MQL. Every Olist MQL filled in a landing page form (landing_page_id is set on all of
-- them), so every lead is INBOUND. first_contact_date is the day of that sign-up: the lead is created and
-- marketing-qualified on it (the source has no time of day: 00:00). A closed deal converts its lead at won_date
-- and names the seller (the customer) and the SDR who worked the lead (the owner). An empty origin becomes the
-- channel 'unknown', the code the source itself uses for leads of unknown origin (docs/profiles/olist-funnel.md).
-- The deal won before its lead's first contact is kept as it is: the load quarantines it (converted_at >= created_at).
with mql as (
    select
        _line,
        mql_id,
        cast(src_date(first_contact_date) as timestamp) as first_contact_at,
        coalesce(nullif(lower(trim(origin)), ''), 'unknown') as channel
    from mqls
)

select
    m.mql_id as lead_id,
    m.first_contact_at as created_at,
    m.channel as source,
    'INBOUND' as direction,
    d.sdr_id as owner_rep_id,
    m.first_contact_at as mql_at,
    src_timestamp(d.won_date) as converted_at,
    d.seller_id as customer_id,
    'mqls' as _source,
    m._line
from mql as m
left join deals as d on d.mql_id = m.mql_id
