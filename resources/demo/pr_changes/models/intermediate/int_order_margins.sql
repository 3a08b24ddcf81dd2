select
    order_id,
    line_no,
    product_id,
    product_name,
    category,
    order_date,
    quantity,
    line_total as revenue,
    line_cost as cost,
    line_total - line_cost as gross_margin,
    {{ safe_divide('line_total - line_cost', 'line_total') }} as margin_pct
from {{ ref('int_order_items_enriched') }}
where order_status not in ('returned', 'cancelled')
