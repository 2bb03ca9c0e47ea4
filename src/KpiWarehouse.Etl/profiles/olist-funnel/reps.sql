-- reps.csv: every sdr_id and sr_id of the closed deals. The source has no names, teams, places or hire dates:
-- the id is the name; an id is an SDR (team 'SDR') or a sales representative, the contract's BDM (team 'SR'),
-- by the role it holds on more deals (13 ids hold both; a tie goes to SDR); the region is Brazil; the hire date
-- is the earliest first contact date of a lead the rep worked on (the first day the source shows them at work).
with roles as (
    select sdr_id as rep_id, 'SDR' as role, mql_id, _line from deals
    union all
    select sr_id as rep_id, 'BDM' as role, mql_id, _line from deals
),

per_rep as (
    select
        r.rep_id,
        count(*) filter (where r.role = 'SDR') as sdr_deals,
        count(*) filter (where r.role = 'BDM') as bdm_deals,
        min(src_date(m.first_contact_date)) as first_seen_date,
        min(r._line) as _line
    from roles as r
    left join mqls as m on m.mql_id = r.mql_id
    group by r.rep_id
)

select
    rep_id,
    rep_id as rep_name,
    case when sdr_deals >= bdm_deals then 'SDR' else 'BDM' end as role,
    case when sdr_deals >= bdm_deals then 'SDR' else 'SR' end as team,
    'Brazil' as region,
    first_seen_date as hire_date,
    'deals' as _source,
    _line
from per_rep
