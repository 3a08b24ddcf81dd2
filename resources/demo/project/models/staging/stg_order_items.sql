with source as (

    select * from {{ ref('raw_order_items') }}

)

select
    order_id,
    line_no,
    product_id,
    quantity,
    {{ cents_to_dollars('unit_price_cents') }} as unit_price,
    {{ cents_to_dollars('quantity * unit_price_cents') }} as line_total
from source
