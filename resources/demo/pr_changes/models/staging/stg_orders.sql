with source as (

    select * from {{ ref('raw_orders') }}

),

renamed as (

    select
        order_id,
        customer_id,
        store_id,
        cast(ordered_at as date) as order_date,
        ordered_at,
        -- the web shop writes 'canceled', the café POS 'cancelled': keep one spelling
        case
            when status = 'canceled' then 'cancelled'
            else status
        end as status,
        updated_at
    from source

)

select * from renamed
