-- The stage history the source records: a deal entered 'Engaging' on its engage_date and 'Won' or 'Lost' on its
-- close_date (data dictionary). When a deal entered 'Prospecting' is not recorded, so that stage has no history row.
select trim(opportunity_id) as opportunity_id, 'Engaging' as stage, src_date(engage_date) as entered_at, 'pipeline' as _source, _line
from pipeline
where src_date(engage_date) is not null
union all
select trim(opportunity_id), trim(deal_stage), src_date(close_date), 'pipeline', _line
from pipeline
where trim(deal_stage) in ('Won', 'Lost') and src_date(close_date) is not null
