with source as (

    select * from {{ ref('raw_payments') }}

)

select
    id,
    order_id,
    payment_method,
    {{ cents_to_dollars('amount_cents') }} as amount,
    cast(paid_at as timestamp) as paid_at
from source
