select
    product_id,
    order_date as sale_date,
    product_name,
    category,
    sum(quantity) as units_sold,
    sum(line_total) as revenue,
    current_timestamp as loaded_at
from {{ ref('int_order_items_enriched') }}
where order_status not in ('returned', 'canceled', 'cancelled')
group by 1, 2, 3, 4
